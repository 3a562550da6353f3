using System;

namespace AlumniCrm.Plugins.Services.Access;

/// <summary>The person and network of a membership that was created, changed or deleted.</summary>
public sealed record MembershipKey(Guid ContactId, Guid NetworkId);
