using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Store;

/// <summary>
/// A row as the store holds it. <see cref="Sequence"/> is the insertion order, standing in for
/// Dataverse's sequential GUID primary keys (the default order of a query and of paging).
/// </summary>
internal sealed record StoredRow(Entity Entity, long Sequence);
