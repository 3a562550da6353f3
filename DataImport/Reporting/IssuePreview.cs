using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Validation;

namespace AlumniCrm.DataImport.Reporting;

/// <summary>Keeps the first few issues for the console, so a run without --report still shows where to look.</summary>
public sealed class IssuePreview(int capacity) : IIssueSink
{
    private readonly List<ValidationIssue> issues = [];

    public IReadOnlyList<ValidationIssue> Issues => issues;

    public void Begin(GraduateFileReader file)
    {
    }

    public void Add(ValidationIssue issue)
    {
        if (issues.Count < capacity && issue.RowNumber is not null)
        {
            issues.Add(issue);
        }
    }

    public void Complete(ValidationSummary summary)
    {
    }

    public void Dispose()
    {
    }
}
