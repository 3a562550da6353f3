namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>A step file as read, before its plugin type is resolved.</summary>
internal sealed record StepEntry(
    Guid Id,
    string Name,
    string MessageName,
    Guid? PluginTypeId,
    string? PluginTypeName,
    string? PrimaryEntity,
    StepStage Stage,
    StepMode Mode,
    int Rank,
    IReadOnlyList<string> FilteringAttributes,
    string? Configuration,
    IReadOnlyList<StepImageRegistration> Images,
    string Source);
