namespace AlumniCrm.Testing.InMemoryDataverse.Registrations;

/// <summary>SdkMessageProcessingStep.Mode.</summary>
public enum StepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
