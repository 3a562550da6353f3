using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Reporting;
using AlumniCrm.DataImport.Validation;

namespace AlumniCrm.DataImport.Tests.Support;

public sealed class CollectingSink : IIssueSink
{
    public List<ValidationIssue> Issues { get; } = [];

    public ValidationSummary? Summary { get; private set; }

    public IEnumerable<ValidationIssue> Errors => Issues.Where(issue => issue.Severity == IssueSeverity.Error);

    public IEnumerable<ValidationIssue> Warnings => Issues.Where(issue => issue.Severity == IssueSeverity.Warning);

    public void Begin(GraduateFileReader file)
    {
    }

    public void Add(ValidationIssue issue) => Issues.Add(issue);

    public void Complete(ValidationSummary summary) => Summary = summary;

    public void Dispose()
    {
    }
}
