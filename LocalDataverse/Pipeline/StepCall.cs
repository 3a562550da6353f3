using AlumniCrm.LocalDataverse.Registrations;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>One execution of a step within an operation (ItemIndex for the Item shape).</summary>
internal sealed record StepCall(StepRegistration Step, StepCallShape Shape, int ItemIndex);
