namespace AlumniCrm.DataImport.Registrations;

/// <summary>A step file whose SdkMessageId is not the environment's id of its message.</summary>
public sealed record RegistrationMismatch(string FileName, string StepName, string? MessageName, Guid FileId, Guid? EnvironmentId, string Problem);
