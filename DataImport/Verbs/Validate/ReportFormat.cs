namespace AlumniCrm.DataImport.Verbs.Validate;

public enum ReportFormat
{
    Csv,
    Json,
}
