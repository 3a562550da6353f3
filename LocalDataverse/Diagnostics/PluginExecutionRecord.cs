using AlumniCrm.LocalDataverse.Registrations;

namespace AlumniCrm.LocalDataverse.Diagnostics;

/// <summary>One plugin execution: which step, the context it saw, what it traced and how it ended.</summary>
public sealed record PluginExecutionRecord(
    Guid StepId,
    string StepName,
    string PluginType,
    string MessageName,
    string? PrimaryEntityName,
    StepStage Stage,
    StepMode Mode,
    int Depth,
    bool IsInTransaction,
    string Trace,
    Exception? Error);
