using System.Security.Cryptography;
using AlumniCrm.DataImport.Mapping;
using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Reporting;
using AlumniCrm.DataImport.Validation;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// Validates the whole file (the offline part's rules), then keeps only rows without errors: a
/// duplicate found late can still reject an earlier row, so units are built after the pass.
/// Throws <see cref="InputUnreadableException"/> when the file cannot be read.
/// </summary>
public static class GraduateFileLoader
{
    public static LoadedFile Load(string path, MappingFile? mapping, DateOnly today)
    {
        var records = new List<GraduateRecord>();
        var errors = new ErrorCollector();
        ValidationSummary summary;
        using (var reader = GraduateFileReader.Open(path, mapping))
        {
            summary = new GraduateFileValidator(new ValidationSettings(today)).Validate(reader, [errors], records.Add);
        }

        if (summary.ReadFailure is not null) throw new InputUnreadableException(summary.ReadFailure);
        var rejected = errors.Issues.Where(i => i.RowNumber is not null).Select(i => i.RowNumber!.Value).ToHashSet();
        var units = records.Where(r => !rejected.Contains(r.RowNumber)).Select(ImportUnitFactory.Create).ToList();
        return new LoadedFile(path, HashOf(path), summary, units, errors.Issues);
    }

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private sealed class ErrorCollector : IIssueSink
    {
        public List<ValidationIssue> Issues { get; } = [];

        public void Begin(GraduateFileReader file)
        {
        }

        public void Add(ValidationIssue issue)
        {
            if (issue.Severity == IssueSeverity.Error) Issues.Add(issue);
        }

        public void Complete(ValidationSummary summary)
        {
        }

        public void Dispose()
        {
        }
    }
}
