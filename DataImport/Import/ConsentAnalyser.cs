using System.Globalization;
using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;
using AlumniCrm.Domain.Consent;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// Turns a batch's consent answers into ledger rows and marks those the environment already holds,
/// reading the ledger of the batch's existing contacts with a few hundred contacts per request. A
/// contact created by this run has no ledger yet, so only people who already exist are read.
/// </summary>
public static class ConsentAnalyser
{
    private const string Columns = "_alm_contactid_value,alm_purpose,alm_channel,alm_consentstatus,alm_validfrom,alm_statementversion";

    public static async Task<IReadOnlyList<ConsentRow>> AnalyseAsync(
        DataverseWebApiClient client, IReadOnlyList<PersonRows> people, IReadOnlyDictionary<string, JsonObject> existingContacts, CancellationToken cancellationToken)
    {
        var rows = Desired(people);
        if (rows.Count == 0) return rows;

        var studentByContactId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var student in rows.Select(r => r.StudentNumber).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (existingContacts.GetValueOrDefault(student)?["contactid"]?.GetValue<string>() is { } id) studentByContactId[id] = student;
        }

        var recorded = new Dictionary<string, List<RecordedConsent>>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in studentByContactId.Keys.Chunk(ExistingRows.KeysPerQuery))
        {
            var url = $"{Tables.Consent.EntitySet}?$select={Columns}&$filter={ODataText.InFilter("alm_contactid", chunk)}";
            await foreach (var row in client.GetAllAsync(url, cancellationToken).ConfigureAwait(false))
            {
                if (row["_alm_contactid_value"]?.GetValue<string>() is not { } contactId || !studentByContactId.TryGetValue(contactId, out var student)) continue;
                if (!recorded.TryGetValue(student, out var list)) recorded[student] = list = [];
                list.Add(Read(row));
            }
        }

        foreach (var row in rows)
        {
            row.AlreadyRecorded = recorded.TryGetValue(row.StudentNumber, out var ledger) && ledger.Any(row.IsRecordedBy);
        }

        return rows;
    }

    /// <summary>One row per person and distinct answer; the same answer on several file rows (two programmes) is one row naming them all.</summary>
    public static IReadOnlyList<ConsentRow> Desired(IReadOnlyList<PersonRows> people)
    {
        var rows = new List<ConsentRow>();
        foreach (var person in people)
        {
            var byKey = new Dictionary<string, ConsentRow>(StringComparer.Ordinal);
            foreach (var unit in person.Units)
            {
                if (unit.Consent is not { } consent) continue;
                foreach (var answer in consent.Answers)
                {
                    var row = new ConsentRow(person.Person.StudentNumber, answer.Purpose, answer.Channel, answer.Granted, consent.AnsweredOn, consent.StatementVersion, answer.SourceColumn);
                    if (!byKey.TryGetValue(row.Key, out var existing))
                    {
                        byKey[row.Key] = existing = row;
                        rows.Add(row);
                    }

                    existing.FileRows.Add(unit.RowNumber);
                }
            }
        }

        return rows;
    }

    private static RecordedConsent Read(JsonObject row) => new(
        Choice<ConsentPurpose>(row["alm_purpose"]),
        Choice<ContactChannel>(row["alm_channel"]),
        Choice<ConsentStatus>(row["alm_consentstatus"]) ?? ConsentStatus.Granted,
        row["alm_validfrom"]?.GetValue<string>() is { } from
            ? DateOnly.FromDateTime(DateTimeOffset.Parse(from, CultureInfo.InvariantCulture).UtcDateTime)
            : null,
        row["alm_statementversion"]?.GetValue<string>());

    private static T? Choice<T>(JsonNode? value) where T : struct, Enum =>
        value is null ? null : (T)Enum.ToObject(typeof(T), (int)value.GetValue<decimal>());
}
