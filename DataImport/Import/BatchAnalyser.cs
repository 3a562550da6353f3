using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// Reads what the environment holds for a batch (erasures, contacts, qualifications: a handful of
/// requests for hundreds of rows) and decides each row's change, consent answers included. Shared by plan and import.
/// </summary>
public static class BatchAnalyser
{
    public static async Task<AnalysedBatch> AnalyseAsync(DataverseWebApiClient client, PersonBatch batch, ReferenceIds reference, CancellationToken cancellationToken)
    {
        var suppressed = await SuppressionLookup.FindSuppressedAsync(client, batch.People.Select(p => p.Person).ToList(), cancellationToken).ConfigureAwait(false);
        var people = batch.People.Where(p => !suppressed.Contains(p.Person.StudentNumber)).ToList();

        var contacts = people.Select(p => DesiredRows.Contact(p.Person, p.RowNumbers)).ToList();
        var existingContacts = contacts.Count == 0
            ? new Dictionary<string, System.Text.Json.Nodes.JsonObject>()
            : await ExistingRows.ReadAsync(client, Tables.Contact, contacts.Select(c => c.KeyValue).ToList(), RowComparer.SelectColumns(contacts), cancellationToken).ConfigureAwait(false);
        foreach (var contact in contacts)
        {
            RowComparer.Apply(contact, existingContacts.GetValueOrDefault(contact.KeyValue), _ => null);
        }

        // Two rows with one source key (same student, same programme) are one qualification: the last row wins, both rows are named.
        var qualifications = people.SelectMany(p => p.Units)
            .GroupBy(u => u.Qualification.SourceKey, StringComparer.OrdinalIgnoreCase)
            .Select(g => DesiredRows.Qualification(g.Last(), g.Select(u => u.RowNumber).ToList()))
            .ToList();
        var existingQualifications = qualifications.Count == 0
            ? new Dictionary<string, System.Text.Json.Nodes.JsonObject>()
            : await ExistingRows.ReadAsync(client, Tables.Qualification, qualifications.Select(q => q.KeyValue).ToList(), RowComparer.SelectColumns(qualifications), cancellationToken).ConfigureAwait(false);
        foreach (var qualification in qualifications)
        {
            RowComparer.Apply(qualification, existingQualifications.GetValueOrDefault(qualification.KeyValue), lookup =>
                lookup.Target == Tables.Contact
                    ? existingContacts.GetValueOrDefault(lookup.KeyValue)?["contactid"]?.GetValue<string>()
                    : reference.IdOf(lookup.Target, lookup.KeyValue));
        }

        var consents = await ConsentAnalyser.AnalyseAsync(client, people, existingContacts, cancellationToken).ConfigureAwait(false);
        return new AnalysedBatch(batch, suppressed, people, contacts, existingContacts, qualifications, consents);
    }
}
