using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// Writes a batch's new consent answers to the ledger once its contacts exist, in bulk. The registered
/// plugins then validate every row (a refusal is reported by file row) and recompute the contact flags.
/// </summary>
public sealed class ConsentLedgerWriter(DataverseWebApiClient client, RowWriter writer, string fileName, DateOnly importDay)
{
    public async Task<(TableCountsSnapshot Counts, IReadOnlyList<RowFailure> Failures)> WriteAsync(
        AnalysedBatch analysed, IReadOnlySet<string> failedPeople, Func<string, PersonUnit?> personOf, CancellationToken cancellationToken)
    {
        var counts = new TableCounts();
        var failures = new List<RowFailure>();
        var answers = analysed.Consents.Where(c => !failedPeople.Contains(c.StudentNumber)).ToList();
        counts.Add(RowChange.Unchanged, answers.Count(c => c.AlreadyRecorded));
        var wanted = answers.Where(c => !c.AlreadyRecorded).ToList();
        if (wanted.Count == 0) return (counts.Snapshot(), failures);

        // Bound by the contact's id, not its alternate key: the consent plugin validates the person in
        // pre-operation, before a lookup given by key is resolved (the emulator's in-memory Dataverse shows it).
        var contactIds = await ContactIdsAsync(analysed, wanted, cancellationToken).ConfigureAwait(false);
        foreach (var chunk in wanted.Chunk(ImportOptions.MaxBatchSize))
        {
            var sendable = new List<ConsentRow>();
            foreach (var row in chunk)
            {
                if (contactIds.ContainsKey(row.StudentNumber)) sendable.Add(row);
                else Fail(row, null, "The contact was not found after it was written; the consent answer was not recorded.");
            }

            var refused = await writer.CreateAsync(Tables.Consent, sendable.Select(c => c.ToCreateBody(fileName, importDay, contactIds[c.StudentNumber])).ToList(), cancellationToken).ConfigureAwait(false);
            foreach (var (index, code, reason) in refused) Fail(sendable[index], code, reason);
            counts.Add(RowChange.Create, sendable.Count - refused.Count);
        }

        return (counts.Snapshot(), failures);

        void Fail(ConsentRow row, string? code, string reason)
        {
            counts.AddFailed();
            var text = FailureReason.WithoutPersonalValues(reason, personOf(row.StudentNumber));
            failures.AddRange(row.FileRows.Select(r => new RowFailure(r, Tables.Consent.LogicalName, code, text)));
        }
    }

    /// <summary>Ids of the contacts the analysis found, plus one read for those this batch created.</summary>
    private async Task<Dictionary<string, string>> ContactIdsAsync(AnalysedBatch analysed, IReadOnlyList<ConsentRow> rows, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (student, contact) in analysed.ExistingContacts)
        {
            if (contact["contactid"]?.GetValue<string>() is { } id) ids[student] = id;
        }

        var created = rows.Select(r => r.StudentNumber).Where(s => !ids.ContainsKey(s)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (created.Count == 0) return ids;
        foreach (var (student, contact) in await ExistingRows.ReadAsync(client, Tables.Contact, created, ["contactid", Tables.Contact.KeyColumn], cancellationToken).ConfigureAwait(false))
        {
            if (contact["contactid"]?.GetValue<string>() is { } id) ids[student] = id;
        }

        return ids;
    }
}
