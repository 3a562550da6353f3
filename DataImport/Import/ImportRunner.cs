using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// Imports a validated file: reference data first, then people and qualifications batch by batch,
/// in parallel as the server recommends, by alternate-key upsert of changed rows only; journals every
/// committed batch; records the run in <c>alm_importrun</c> and a JSON report.
/// </summary>
public sealed class ImportRunner(DataverseWebApiClient client, CliConsole console, Func<DateTimeOffset> now)
{
    private const int RunRunning = 842100000;
    private const int RunCompleted = 842100001;
    private const int RunCompletedWithErrors = 842100002;
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<ImportRunReport> RunAsync(LoadedFile file, ImportOptions options, CancellationToken cancellationToken)
    {
        var startedOn = now();
        var clock = Stopwatch.StartNew();
        using var journal = ImportJournal.Open(file.Path, file.Sha256, options.BatchSize, options.Resume);

        var capabilities = await BulkCapabilities.ReadAsync(client, cancellationToken).ConfigureAwait(false);
        var writer = new RowWriter(client, capabilities);
        var hint = client.Statistics.DegreeOfParallelismHint;
        var parallelism = Math.Clamp(hint > 0 ? hint : 4, 1, Math.Min(options.MaxParallel, ImportOptions.ServiceConcurrencyLimit));
        var runId = Guid.NewGuid();
        // PATCH by id is an upsert: sending it again after a lost answer cannot create a second run row.
        await client.PatchAsync($"{Tables.ImportRun.EntitySet}({runId})", new JsonObject
        {
            ["alm_name"] = $"FS import {Path.GetFileName(file.Path)} {startedOn:yyyy-MM-dd HH:mm}",
            ["alm_filename"] = Path.GetFileName(file.Path),
            ["alm_startedon"] = startedOn.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["alm_importstatus"] = RunRunning,
            ["alm_rowsread"] = file.Summary.RowsRead,
        }, cancellationToken).ConfigureAwait(false);

        var reference = new TableCounts();
        var people = new TableCounts();
        var qualifications = new TableCounts();
        var consents = new TableCounts();
        var failures = new List<RowFailure>();
        var suppressedRows = 0;
        var resumed = 0;
        foreach (var entry in journal.Committed.Values)
        {
            reference.Add(entry.Reference);
            people.Add(entry.People);
            qualifications.Add(entry.Qualifications);
            if (entry.Consents is { } recorded) consents.Add(recorded);
            failures.AddRange(entry.Failures);
            suppressedRows += entry.SuppressedRows;
            resumed++;
        }

        var referenceIds = await ImportReferenceDataAsync(file, journal, writer, reference, failures, cancellationToken).ConfigureAwait(false);
        var batches = PersonBatch.Slice(file.Units, options.BatchSize);
        var ledger = new ConsentLedgerWriter(client, writer, Path.GetFileName(file.Path), DateOnly.FromDateTime(startedOn.UtcDateTime));
        await ImportProgress.RunAsync(console, file.Units.Count, async advance =>
        {
            advance(batches.Where(b => journal.IsCommitted(b.Id)).Sum(b => b.RowCount));
            var pending = batches.Where(b => !journal.IsCommitted(b.Id)).ToList();
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (batch, token) =>
            {
                var entry = await ImportBatchAsync(batch, referenceIds, writer, ledger, token).ConfigureAwait(false);
                journal.Record(entry);
                people.Add(entry.People);
                qualifications.Add(entry.Qualifications);
                consents.Add(entry.Consents ?? TableCountsSnapshot.Zero);
                lock (failures) failures.AddRange(entry.Failures);
                Interlocked.Add(ref suppressedRows, entry.SuppressedRows);
                advance(batch.RowCount);
            }).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

        var changedAnything = people.Created + people.Updated + qualifications.Created + qualifications.Updated > 0;
        var members = changedAnything
            ? await MemberCountRefresh.RunAsync(client, message => console.Error.WriteLine("warning: " + message), cancellationToken).ConfigureAwait(false)
            : null;

        var failedRows = failures.Select(f => f.RowNumber).Distinct().Count();
        var outcome = file.RowErrors.Count == 0 && failedRows == 0 ? "Completed" : "CompletedWithErrors";
        var seconds = clock.Elapsed.TotalSeconds;
        var importedRows = file.Units.Count - suppressedRows - failedRows;
        var report = new ImportRunReport
        {
            File = Path.GetFileName(file.Path),
            Sha256 = file.Sha256,
            StartedOn = startedOn,
            FinishedOn = now(),
            Outcome = outcome,
            RowsRead = file.Summary.RowsRead,
            RowsRejectedByValidation = file.Summary.RowsWithErrors,
            RowsSkippedAsErased = suppressedRows,
            RowsFailedInEnvironment = failedRows,
            ReferenceData = reference.Snapshot(),
            People = people.Snapshot(),
            Qualifications = qualifications.Snapshot(),
            Consents = consents.Snapshot(),
            MembersCounted = members,
            Batches = (int)writer.Batches,
            BatchesResumedFromJournal = resumed,
            Requests = client.Statistics.Requests + 1, // + the closing update of alm_importrun
            Retries = client.Statistics.Retries,
            Throttled = client.Statistics.Throttled,
            TransientFailures = client.Statistics.TransientFailures,
            DegreeOfParallelism = parallelism,
            UpsertMultipleTables = capabilities.UpsertMultipleTables.Order(StringComparer.Ordinal).ToList(),
            Seconds = Math.Round(seconds, 3),
            RowsPerSecond = Math.Round(file.Units.Count / Math.Max(seconds, 0.001), 1),
            RequestsPerGraduate = file.Units.Count == 0 ? 0 : Math.Round((client.Statistics.Requests + 1) / (double)file.Units.Count, 4),
            Failures = failures.OrderBy(f => f.RowNumber).ToList(),
            ValidationErrors = file.RowErrors.Select(i => new RowIssueEntry(i.RowNumber, i.Column, i.Code, i.Message)).ToList(),
        };

        await client.PatchAsync($"{Tables.ImportRun.EntitySet}({runId})", new JsonObject
        {
            ["alm_finishedon"] = report.FinishedOn.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["alm_importstatus"] = outcome == "Completed" ? RunCompleted : RunCompletedWithErrors,
            ["alm_rowscreated"] = qualifications.Created,
            ["alm_rowsupdated"] = Math.Max(qualifications.Updated, people.Updated),
            ["alm_rowsunchanged"] = Math.Max(0, importedRows - qualifications.Created - Math.Max(qualifications.Updated, people.Updated)),
            ["alm_rowsfailed"] = failedRows + file.Summary.RowsWithErrors,
            ["alm_requests"] = (int)report.Requests,
            ["alm_report"] = ReportForDataverse(report),
        }, cancellationToken).ConfigureAwait(false);

        journal.Complete();
        return report;
    }

    public static string Serialise(ImportRunReport report) => JsonSerializer.Serialize(report, ReportJson);

    private async Task<ReferenceIds> ImportReferenceDataAsync(
        LoadedFile file, ImportJournal journal, RowWriter writer, TableCounts counts, List<RowFailure> failures, CancellationToken cancellationToken)
    {
        const string batchId = "reference";
        var ids = await ReferenceIds.ReadAsync(client, cancellationToken).ConfigureAwait(false);
        if (journal.IsCommitted(batchId)) return ids;

        var rows = DesiredRows.ReferenceData(file.Units);
        ids.Decide(rows);
        var entryFailures = new List<RowFailure>();
        // Faculties, then institutes, then programmes: each binds to the one before.
        foreach (var table in new[] { Tables.Faculty, Tables.Institute, Tables.Programme })
        {
            var changed = rows.Where(r => r.Table == table && r.Change != RowChange.Unchanged).ToList();
            foreach (var row in rows.Where(r => r.Table == table)) counts.Add(row.Change);
            foreach (var chunk in changed.Chunk(ImportOptions.MaxBatchSize))
            {
                foreach (var (row, code, reason) in await writer.UpsertAsync(chunk, cancellationToken).ConfigureAwait(false))
                {
                    counts.AddFailed();
                    entryFailures.AddRange(row.FileRows.Select(r => new RowFailure(r, table.LogicalName, code, reason)));
                }
            }
        }

        failures.AddRange(entryFailures);
        var snapshot = counts.Snapshot();
        journal.Record(new JournalEntry(batchId, snapshot, TableCountsSnapshot.Zero, TableCountsSnapshot.Zero, 0, entryFailures));
        return changedAny(rows) ? await ReferenceIds.ReadAsync(client, cancellationToken).ConfigureAwait(false) : ids;

        static bool changedAny(IEnumerable<DesiredRow> all) => all.Any(r => r.Change != RowChange.Unchanged);
    }

    private async Task<JournalEntry> ImportBatchAsync(PersonBatch batch, ReferenceIds reference, RowWriter writer, ConsentLedgerWriter ledger, CancellationToken cancellationToken)
    {
        var analysed = await BatchAnalyser.AnalyseAsync(client, batch, reference, cancellationToken).ConfigureAwait(false);
        var people = new TableCounts();
        var qualifications = new TableCounts();
        var failures = new List<RowFailure>();

        var failedPeople = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var peopleByStudent = analysed.People.ToDictionary(p => p.Person.StudentNumber, p => p.Person, StringComparer.OrdinalIgnoreCase);
        Model.PersonUnit? PersonOf(string studentNumber) => peopleByStudent.GetValueOrDefault(studentNumber);
        var changedContacts = analysed.Contacts.Where(c => c.Change != RowChange.Unchanged).ToList();
        foreach (var (row, code, reason) in await writer.UpsertAsync(changedContacts, cancellationToken).ConfigureAwait(false))
        {
            failedPeople.Add(row.KeyValue);
            failures.AddRange(row.FileRows.Select(r => new RowFailure(r, Tables.Contact.LogicalName, code, FailureReason.WithoutPersonalValues(reason, PersonOf(row.KeyValue)))));
        }

        foreach (var contact in analysed.Contacts)
        {
            if (failedPeople.Contains(contact.KeyValue)) people.AddFailed();
            else people.Add(contact.Change);
        }

        // A person who could not be written gets no qualifications (their rows are already reported).
        var wanted = analysed.Qualifications.Where(q => !failedPeople.Contains(q.Lookups.First(l => l.Target == Tables.Contact).KeyValue)).ToList();
        var failedQualifications = new HashSet<DesiredRow>();
        foreach (var chunk in wanted.Where(q => q.Change != RowChange.Unchanged).Chunk(ImportOptions.MaxBatchSize))
        {
            foreach (var (row, code, reason) in await writer.UpsertAsync(chunk, cancellationToken).ConfigureAwait(false))
            {
                failedQualifications.Add(row);
                var person = PersonOf(row.Lookups.First(l => l.Target == Tables.Contact).KeyValue);
                failures.AddRange(row.FileRows.Select(r => new RowFailure(r, Tables.Qualification.LogicalName, code, FailureReason.WithoutPersonalValues(reason, person))));
            }
        }

        foreach (var qualification in wanted)
        {
            if (failedQualifications.Contains(qualification)) qualifications.AddFailed();
            else qualifications.Add(qualification.Change);
        }

        // Consent answers after the contacts exist; the consent plugins then validate them and keep the flags.
        var (consents, consentFailures) = await ledger.WriteAsync(analysed, failedPeople, PersonOf, cancellationToken).ConfigureAwait(false);
        failures.AddRange(consentFailures);
        return new JournalEntry(batch.Id, TableCountsSnapshot.Zero, people.Snapshot(), qualifications.Snapshot(), analysed.SuppressedRows, failures, consents);
    }

    private static string ReportForDataverse(ImportRunReport report)
    {
        // alm_report holds 100,000 characters: keep the counts, shorten the row lists if needed.
        var text = JsonSerializer.Serialize(report, ReportJson);
        var keep = 1000;
        while (text.Length > 100_000 && keep > 0)
        {
            text = JsonSerializer.Serialize(report with { Failures = report.Failures.Take(keep).ToList(), ValidationErrors = report.ValidationErrors.Take(keep).ToList() }, ReportJson);
            keep /= 2;
        }

        return text;
    }
}
