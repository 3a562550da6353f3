using System.Text.Json.Nodes;
using AlumniCrm.DataImport.Import;
using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.WebApi;
using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Enrolment;

namespace AlumniCrm.DataImport.Planning;

/// <summary>
/// Plans an import read-only: the same batch analysis as import (erasures, contacts, qualifications),
/// the Domain enrolment rules on the environment's networks, and possible duplicates.
/// </summary>
public sealed class PlanRunner(DataverseWebApiClient client)
{
    public async Task<PlanReport> RunAsync(LoadedFile file, int batchSize, DateTime asOf, CancellationToken cancellationToken)
    {
        var reference = await ReferenceIds.ReadAsync(client, cancellationToken).ConfigureAwait(false);
        var referenceRows = DesiredRows.ReferenceData(file.Units);
        reference.Decide(referenceRows);
        var rules = await EnvironmentRules.ReadAsync(client, cancellationToken).ConfigureAwait(false);

        var people = new TableCounts();
        var qualifications = new TableCounts();
        var consents = new TableCounts();
        var enrolments = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicates = FileDuplicates(file.Units);
        var erasedPeople = 0;
        var erasedRows = 0;
        var hint = client.Statistics.DegreeOfParallelismHint;
        var gate = new object();
        await Parallel.ForEachAsync(PersonBatch.Slice(file.Units, batchSize),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, hint), CancellationToken = cancellationToken }, async (batch, token) =>
        {
            var analysed = await BatchAnalyser.AnalyseAsync(client, batch, reference, token).ConfigureAwait(false);
            var existingPeople = await SimilarPeopleAsync(analysed.People, token).ConfigureAwait(false);
            var memberships = await MembershipsAsync(analysed.ExistingContacts.Values, token).ConfigureAwait(false);
            var plan = rules.Definition is null ? EnrolmentPlan.Empty : PlanEnrolments(analysed, reference, rules, memberships, asOf);
            lock (gate)
            {
                foreach (var contact in analysed.Contacts) people.Add(contact.Change);
                foreach (var qualification in analysed.Qualifications) qualifications.Add(qualification.Change);
                foreach (var consent in analysed.Consents) consents.Add(consent.AlreadyRecorded ? RowChange.Unchanged : RowChange.Create);
                erasedPeople += analysed.Suppressed.Count;
                erasedRows += analysed.SuppressedRows;
                foreach (var enrolment in plan.Enrolments) enrolments[enrolment.NetworkName] = enrolments.GetValueOrDefault(enrolment.NetworkName) + 1;
                duplicates.AddRange(EnvironmentDuplicates(analysed.People, existingPeople));
            }
        }).ConfigureAwait(false);

        return new PlanReport
        {
            RowsRead = file.Summary.RowsRead,
            RowsRejectedByValidation = file.Summary.RowsWithErrors,
            Faculties = Count(referenceRows, Tables.Faculty),
            Institutes = Count(referenceRows, Tables.Institute),
            Programmes = Count(referenceRows, Tables.Programme),
            People = people.Snapshot(),
            Qualifications = qualifications.Snapshot(),
            Consents = consents.Snapshot(),
            ErasedPeopleSkipped = erasedPeople,
            RowsSkippedAsErased = erasedRows,
            ExpectedEnrolments = enrolments.Values.Sum(),
            ExpectedEnrolmentsByNetwork = enrolments,
            PossibleDuplicates = duplicates.OrderBy(d => d.Row).ToList(),
            Requests = client.Statistics.Requests,
            AlumniDefinition = rules.Definition?.Name,
        };
    }

    private static TableCountsSnapshot Count(IEnumerable<DesiredRow> rows, Tables table)
    {
        var counts = new TableCounts();
        foreach (var row in rows.Where(r => r.Table == table)) counts.Add(row.Change);
        return counts.Snapshot();
    }

    private static EnrolmentPlan PlanEnrolments(AnalysedBatch analysed, ReferenceIds reference, EnvironmentRules rules, IReadOnlyList<ExistingMembership> memberships, DateTime asOf)
    {
        var candidates = new List<EnrolmentCandidate>();
        foreach (var person in analysed.People)
        {
            var existing = analysed.ExistingContacts.GetValueOrDefault(person.Person.StudentNumber);
            var personId = existing?["contactid"]?.GetValue<string>() is { } id ? Guid.Parse(id) : Guid.NewGuid();
            var facts = new PersonFacts
            {
                PersonId = personId,
                IsDeceased = person.Person.IsDeceased,
                Qualifications = person.Units.Select(unit => Qualification(unit, reference)).ToList(),
            };
            candidates.Add(EnrolmentCandidate.Assess(facts, rules.Definition!));
        }

        return AutoEnrolmentPlanner.Plan(candidates, rules.Networks, memberships, asOf);
    }

    private static QualificationFacts Qualification(ImportUnit unit, ReferenceIds reference)
    {
        Guid? IdOf(Tables table, string? code) => code is not null && reference.IdOf(table, code) is { } id ? Guid.Parse(id) : null;
        var q = unit.Qualification;
        return new QualificationFacts
        {
            Id = Guid.NewGuid(),
            ProgrammeId = IdOf(Tables.Programme, q.ProgrammeCode),
            ProgrammeCode = q.ProgrammeCode,
            FacultyId = IdOf(Tables.Faculty, unit.Programme.FacultyCode),
            InstituteId = IdOf(Tables.Institute, unit.Programme.InstituteCode),
            Level = q.DegreeLevel,
            AwardedOn = q.AwardedOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Credits = q.Credits ?? 0m,
            FsStatus = q.FsStatus,
            IsCompletedFlag = q.IsCompleted,
        };
    }

    private async Task<IReadOnlyList<ExistingMembership>> MembershipsAsync(IEnumerable<JsonObject> contacts, CancellationToken cancellationToken)
    {
        var ids = contacts.Select(c => c["contactid"]?.GetValue<string>()).OfType<string>().ToList();
        var memberships = new List<ExistingMembership>();
        foreach (var chunk in ids.Chunk(ExistingRows.KeysPerQuery))
        {
            var url = $"{Tables.Membership.EntitySet}?$select=_alm_contactid_value,_alm_networkid_value,alm_membershipstatus,alm_membershipsource&$filter={ODataText.InFilter("alm_contactid", chunk)}";
            await foreach (var row in client.GetAllAsync(url, cancellationToken).ConfigureAwait(false))
            {
                memberships.Add(new ExistingMembership
                {
                    PersonId = Guid.Parse(row["_alm_contactid_value"]!.GetValue<string>()),
                    NetworkId = Guid.Parse(row["_alm_networkid_value"]!.GetValue<string>()),
                    Status = (MembershipStatus)(int)(row["alm_membershipstatus"]?.GetValue<decimal>() ?? (int)MembershipStatus.Active),
                    Source = (MembershipSource)(int)(row["alm_membershipsource"]?.GetValue<decimal>() ?? (int)MembershipSource.Automatic),
                });
            }
        }

        return memberships;
    }

    private async Task<List<JsonObject>> SimilarPeopleAsync(IReadOnlyList<PersonRows> people, CancellationToken cancellationToken)
    {
        var dates = people.Select(p => p.Person.BirthDate).OfType<DateOnly>().Select(ODataText.Date).Distinct().ToList();
        var found = new List<JsonObject>();
        foreach (var chunk in dates.Chunk(ExistingRows.KeysPerQuery))
        {
            var url = $"{Tables.Contact.EntitySet}?$select=firstname,lastname,birthdate,alm_fsstudentnumber&$filter={ODataText.InFilter("birthdate", chunk)}";
            await foreach (var row in client.GetAllAsync(url, cancellationToken).ConfigureAwait(false)) found.Add(row);
        }

        return found;
    }

    private static IEnumerable<PossibleDuplicate> EnvironmentDuplicates(IReadOnlyList<PersonRows> people, List<JsonObject> existing)
    {
        var byIdentity = existing.Where(e => e["alm_fsstudentnumber"] is not null)
            .ToLookup(e => Identity(e["firstname"]?.GetValue<string>(), e["lastname"]?.GetValue<string>(), e["birthdate"]?.GetValue<string>()?[..10]));
        foreach (var person in people)
        {
            if (person.Person.BirthDate is not { } birth) continue;
            foreach (var match in byIdentity[Identity(person.Person.FirstName, person.Person.LastName, ODataText.Date(birth))])
            {
                var number = match["alm_fsstudentnumber"]!.GetValue<string>();
                if (!string.Equals(number, person.Person.StudentNumber, StringComparison.OrdinalIgnoreCase))
                {
                    yield return new PossibleDuplicate(person.Units[0].RowNumber, null, number);
                }
            }
        }
    }

    private static List<PossibleDuplicate> FileDuplicates(IReadOnlyList<ImportUnit> units)
    {
        var first = new Dictionary<string, (string Student, int Row)>(StringComparer.Ordinal);
        var duplicates = new List<PossibleDuplicate>();
        foreach (var unit in units)
        {
            if (unit.Person.BirthDate is not { } birth) continue;
            var identity = Identity(unit.Person.FirstName, unit.Person.LastName, ODataText.Date(birth));
            if (!first.TryGetValue(identity, out var seen)) first[identity] = (unit.Person.StudentNumber, unit.RowNumber);
            else if (!string.Equals(seen.Student, unit.Person.StudentNumber, StringComparison.OrdinalIgnoreCase)) duplicates.Add(new PossibleDuplicate(unit.RowNumber, seen.Row, null));
        }

        return duplicates;
    }

    private static string Identity(string? first, string? last, string? birth) =>
        $"{first?.Trim().ToUpperInvariant()}|{last?.Trim().ToUpperInvariant()}|{birth}";
}
