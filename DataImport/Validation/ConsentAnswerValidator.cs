using AlumniCrm.DataImport.Mapping;
using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.Domain.Consent;

namespace AlumniCrm.DataImport.Validation;

/// <summary>
/// Reads a row's consent answers: yes/no per purpose and channel, and checks that answers come with the
/// statement version (a consent row needs evidence). What an answer means is the Domain's business;
/// this only makes sure the ledger gets well-formed facts.
/// </summary>
internal sealed class ConsentAnswerValidator(ColumnMapping mapping, RowIssueCollector collect)
{
    private static readonly string[] Yes = ["J", "JA", "YES", "1"];
    private static readonly string[] No = ["N", "NEI", "NO", "0"];

    private readonly ConsentAnswerField[] mappedAnswers = ConsentAnswerFields.All.Where(answer => mapping.Has(answer.Field)).ToArray();

    /// <summary>The row's answers; empty cells are no answer. Errors for values that are neither yes nor no.</summary>
    public IReadOnlyList<ConsentAnswer> Answers(SourceRow row)
    {
        List<ConsentAnswer>? answers = null;
        foreach (var answer in mappedAnswers)
        {
            var value = row[answer.Field];
            if (string.IsNullOrEmpty(value) || row.HasInvalidText(answer.Field))
            {
                continue;
            }

            bool? granted = IsOneOf(value, Yes) ? true : IsOneOf(value, No) ? false : null;
            if (granted is null)
            {
                collect.Error(answer.Field, "consent.answer-invalid", "Expected J or N (also Ja/Nei, Yes/No, 1/0), or nothing when the person did not answer.");
                continue;
            }

            (answers ??= []).Add(new ConsentAnswer(answer.Purpose, answer.Channel, granted.Value, mapping.ColumnNameOf(answer.Field)));
        }

        return answers ?? (IReadOnlyList<ConsentAnswer>)[];
    }

    /// <summary>The statement version, checked against the ledger's column size; an error when answers lack it.</summary>
    public string? Version(SourceRow row, bool hasAnswers)
    {
        var version = row[CanonicalField.ConsentVersion];
        if (string.IsNullOrEmpty(version))
        {
            if (hasAnswers && !row.HasInvalidText(CanonicalField.ConsentVersion))
            {
                collect.Error(CanonicalField.ConsentVersion, "consent.version-missing",
                    "The row has consent answers but no statement version: a consent must be provable, so give the version of the consent text the person answered.");
            }

            return null;
        }

        if (version.Length > ConsentRecordValidator.StatementVersionMaxLength)
        {
            collect.Error(CanonicalField.ConsentVersion, "text.too-long", $"Longer than {ConsentRecordValidator.StatementVersionMaxLength} characters.");
            return null;
        }

        return version;
    }

    private static bool IsOneOf(string value, string[] accepted) =>
        accepted.Any(candidate => string.Equals(value, candidate, StringComparison.OrdinalIgnoreCase));
}
