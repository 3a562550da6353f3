namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>
/// A plugin step (SdkMessageProcessingStep). <see cref="PrimaryEntity"/> null = any table.
/// Empty <see cref="FilteringAttributes"/> = run on every change.
/// </summary>
public sealed record StepRegistration(
    Guid Id,
    string Name,
    string MessageName,
    string? PrimaryEntity,
    StepStage Stage,
    StepMode Mode,
    int Rank,
    IReadOnlyList<string> FilteringAttributes,
    string? UnsecureConfiguration,
    PluginTypeRegistration PluginType,
    IReadOnlyList<StepImageRegistration> Images)
{
    public bool AppliesTo(string messageName, string? table) =>
        string.Equals(MessageName, messageName, StringComparison.OrdinalIgnoreCase)
        && (PrimaryEntity is null || string.Equals(PrimaryEntity, table, StringComparison.Ordinal));
}
