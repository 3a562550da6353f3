using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using P = AlumniCrm.Plugins.Services.Schema.Contact;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>
/// Refuses to write a contact whose FS identifiers hash to a suppression entry: an erased person is
/// never recreated (GDPR Art. 17). One query for the whole batch. Contacts without FS identifiers need
/// no key and cost nothing.
/// </summary>
public static class SuppressionGuard
{
    public static void Check(IOrganizationService service, IReadOnlyList<Entity> targets)
    {
        var candidates = targets.Select(t => new { Target = t, Ids = FsIdentifiers.Of(t) }).Where(c => !c.Ids.IsEmpty).ToList();
        if (candidates.Count == 0) return;

        var keys = SuppressionKeySource.Read(service);
        var hashed = candidates.Select(c => new { c.Target, c.Ids, Hashes = keys.CandidatesFor(c.Ids.StudentNumber, c.Ids.PersonNumber) }).ToList();
        var existing = SuppressionList.Existing(service, hashed.SelectMany(h => h.Hashes));
        var refused = hashed.Where(h => h.Hashes.Any(existing.Contains)).ToList();
        if (refused.Count == 0) return;

        var lines = refused.Select(r => Describe(r.Target, r.Ids)
            + " matches a person who was erased at their own request (GDPR Art. 17) and cannot be created again.");
        throw new RuleViolationException(string.Join("\n", lines)
            + "\nRemove " + (refused.Count == 1 ? "this row" : "these rows") + " from the import; alm_FindSuppressedIdentifiers lists erased identifiers before an import.");
    }

    private static string Describe(Entity target, FsIdentifiers ids)
    {
        var name = (target.GetAttributeValue<string>(P.FirstName) + " " + target.GetAttributeValue<string>(P.LastName)).Trim();
        var numbers = new List<string>();
        if (!string.IsNullOrWhiteSpace(ids.StudentNumber)) numbers.Add("FS student number " + ids.StudentNumber!.Trim());
        if (!string.IsNullOrWhiteSpace(ids.PersonNumber)) numbers.Add("FS person number " + ids.PersonNumber!.Trim());
        return (name.Length > 0 ? "The person '" + name + "' with " : "The person with ") + string.Join(" and ", numbers);
    }
}
