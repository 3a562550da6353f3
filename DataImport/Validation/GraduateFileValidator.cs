using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Reporting;

namespace AlumniCrm.DataImport.Validation;

/// <summary>
/// Validates a whole file in one streaming pass: every row on its own, then against earlier rows
/// for duplicates. A duplicate conflict can put an error on a row that was already passed as valid,
/// so a consumer that writes records (plan, import) must finish this pass before trusting a row.
/// </summary>
public sealed class GraduateFileValidator(ValidationSettings settings)
{
    /// <param name="file">The open file.</param>
    /// <param name="sinks">Where issues go as they are found.</param>
    /// <param name="onRecord">Called with each row that passed its own checks (see the class remarks on duplicates).</param>
    public ValidationSummary Validate(GraduateFileReader file, IReadOnlyList<IIssueSink> sinks, Action<GraduateRecord>? onRecord = null)
    {
        var issues = new List<ValidationIssue>();
        var tally = new IssueTally();
        var rowValidator = new GraduateRowValidator(file.Mapping, settings.Today, issues);
        var duplicates = new DuplicateDetector(file.Mapping);
        var rowsWithErrors = new HashSet<int>();
        var rowsRead = 0;
        var stopped = false;
        string? readFailure = null;

        foreach (var sink in sinks)
        {
            sink.Begin(file);
        }

        foreach (var notice in file.Mapping.Notices)
        {
            Publish(notice, sinks, tally);
        }

        try
        {
            foreach (var row in file.ReadRows())
            {
                rowsRead++;
                issues.Clear();
                var record = rowValidator.Validate(row);
                duplicates.Check(row, issues);
                foreach (var issue in issues)
                {
                    if (issue.Severity == IssueSeverity.Error && issue.RowNumber is { } rowNumber)
                    {
                        rowsWithErrors.Add(rowNumber);
                    }

                    Publish(issue, sinks, tally);
                }

                if (record is not null && !rowsWithErrors.Contains(row.RowNumber))
                {
                    onRecord?.Invoke(record);
                }

                if (settings.MaxErrors is { } maxErrors && tally.Errors >= maxErrors)
                {
                    stopped = true;
                    break;
                }
            }
        }
        catch (InputUnreadableException exception)
        {
            readFailure = exception.Message;
        }

        if (rowsRead == 0 && readFailure is null)
        {
            Publish(ValidationIssue.FileWarning("(file)", "file.no-rows", "The file has a header but no data rows."), sinks, tally);
        }

        var summary = new ValidationSummary
        {
            RowsRead = rowsRead,
            RowsWithErrors = rowsWithErrors.Count,
            ErrorCount = tally.Errors,
            WarningCount = tally.Warnings,
            IssueCounts = tally.ToList(),
            StoppedAtMaxErrors = stopped,
            ReadFailure = readFailure,
        };
        foreach (var sink in sinks)
        {
            sink.Complete(summary);
        }

        return summary;
    }

    private static void Publish(ValidationIssue issue, IReadOnlyList<IIssueSink> sinks, IssueTally tally)
    {
        tally.Add(issue);
        foreach (var sink in sinks)
        {
            sink.Add(issue);
        }
    }
}
