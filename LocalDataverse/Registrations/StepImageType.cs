namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>SdkMessageProcessingStepImage.ImageType.</summary>
public enum StepImageType
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}
