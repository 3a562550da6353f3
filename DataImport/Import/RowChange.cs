namespace AlumniCrm.DataImport.Import;

/// <summary>What an upsert will do to a row, decided by comparing with what the environment holds.</summary>
public enum RowChange
{
    Create,
    Update,
    Unchanged,
}
