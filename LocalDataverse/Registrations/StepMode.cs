namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>SdkMessageProcessingStep.Mode.</summary>
public enum StepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
