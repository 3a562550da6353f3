namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>An entity image of a step. Null or empty <see cref="Attributes"/> = all columns.</summary>
public sealed record StepImageRegistration(
    string Alias,
    StepImageType ImageType,
    IReadOnlyList<string>? Attributes = null,
    string MessagePropertyName = "Target",
    Guid? Id = null)
{
    public bool IsPre => ImageType is StepImageType.PreImage or StepImageType.Both;

    public bool IsPost => ImageType is StepImageType.PostImage or StepImageType.Both;
}
