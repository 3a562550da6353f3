using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.Validation;

namespace AlumniCrm.DataImport.Import;

/// <summary>An FS export after the validation pass: the units of the accepted rows and the rejected rows' issues.</summary>
public sealed record LoadedFile(
    string Path,
    string Sha256,
    ValidationSummary Summary,
    IReadOnlyList<ImportUnit> Units,
    IReadOnlyList<ValidationIssue> RowErrors);
