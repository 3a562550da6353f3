namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>A request parameter or response property of a custom API (Type: 0 Boolean … 12 Guid).</summary>
public sealed record CustomApiParameter(string UniqueName, int Type, bool IsOptional);
