namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>Pipeline stages (the values of SdkMessageProcessingStep.Stage; 30 is the main operation).</summary>
public enum StepStage
{
    PreValidation = 10,
    PreOperation = 20,
    MainOperation = 30,
    PostOperation = 40,
}
