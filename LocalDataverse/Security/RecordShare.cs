using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Security;

/// <summary>One row of the principal-object-access table: a record shared with a user or team.</summary>
public sealed record RecordShare(EntityReference Record, EntityReference Principal, AccessRights Rights);
