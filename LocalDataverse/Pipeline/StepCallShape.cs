namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>How a step sees the operation: as registered, as one item of a bulk message, or a single write as a one-item bulk message.</summary>
internal enum StepCallShape
{
    AsRegistered,
    Item,
    AsMultiple,
}
