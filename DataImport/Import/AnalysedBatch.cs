using System.Text.Json.Nodes;

namespace AlumniCrm.DataImport.Import;

/// <summary>A person batch compared with the environment: who is erased, what each contact and qualification row needs, and which consent answers are new.</summary>
public sealed record AnalysedBatch(
    PersonBatch Batch,
    IReadOnlySet<string> Suppressed,
    IReadOnlyList<PersonRows> People,
    IReadOnlyList<DesiredRow> Contacts,
    IReadOnlyDictionary<string, JsonObject> ExistingContacts,
    IReadOnlyList<DesiredRow> Qualifications,
    IReadOnlyList<ConsentRow> Consents)
{
    public int SuppressedRows => Batch.People.Where(p => Suppressed.Contains(p.Person.StudentNumber)).Sum(p => p.Units.Count);
}
