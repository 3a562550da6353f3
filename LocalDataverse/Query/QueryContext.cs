namespace AlumniCrm.LocalDataverse.Query;

/// <summary>What relative conditions (EqualUserId, Today, LastXDays…) are evaluated against.</summary>
public sealed record QueryContext(DateTime UtcNow, Guid UserId, Guid BusinessUnitId);
