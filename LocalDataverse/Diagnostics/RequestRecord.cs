namespace AlumniCrm.LocalDataverse.Diagnostics;

/// <summary>One request that reached the service: its message, table (where it has one), pipeline depth and caller.</summary>
public sealed record RequestRecord(long Sequence, string MessageName, string? Table, int Depth, bool FromPlugin, Guid UserId);
