namespace AlumniCrm.DataImport.Validation;

/// <summary>Counts issues by column, severity and reason as they are found.</summary>
internal sealed class IssueTally
{
    private readonly Dictionary<(string Column, IssueSeverity Severity, string Code), int> counts = [];

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public void Add(ValidationIssue issue)
    {
        var key = (issue.Column, issue.Severity, issue.Code);
        counts[key] = counts.GetValueOrDefault(key) + 1;
        if (issue.Severity == IssueSeverity.Error)
        {
            Errors++;
        }
        else
        {
            Warnings++;
        }
    }

    public IReadOnlyList<IssueCount> ToList() =>
        counts.Select(entry => new IssueCount(entry.Key.Column, entry.Key.Severity, entry.Key.Code, entry.Value))
            .OrderByDescending(count => count.Severity)
            .ThenByDescending(count => count.Count)
            .ThenBy(count => count.Column, StringComparer.Ordinal)
            .ThenBy(count => count.Code, StringComparer.Ordinal)
            .ToList();
}
