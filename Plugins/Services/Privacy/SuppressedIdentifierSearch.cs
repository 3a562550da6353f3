using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Privacy;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>Which of the given FS identifiers belong to erased people, so the importer can skip them without knowing the key.</summary>
public static class SuppressedIdentifierSearch
{
    public static SuppressedIdentifiers Find(IOrganizationService service, IReadOnlyList<string> studentNumbers, IReadOnlyList<string> personNumbers)
    {
        if (studentNumbers.Count == 0 && personNumbers.Count == 0) return new SuppressedIdentifiers(Array.Empty<string>(), Array.Empty<string>());
        var keys = SuppressionKeySource.Read(service);
        var students = Hash(keys, FsIdentifierKind.StudentNumber, studentNumbers);
        var persons = Hash(keys, FsIdentifierKind.PersonNumber, personNumbers);
        var existing = SuppressionList.Existing(service, students.Concat(persons).Select(p => p.Value));
        return new SuppressedIdentifiers(Matching(students, existing), Matching(persons, existing));
    }

    // Under every key of the ring: an entry matches only under the key it was made with.
    private static List<KeyValuePair<string, string>> Hash(SuppressionKeyRing keys, FsIdentifierKind kind, IEnumerable<string> identifiers)
    {
        var hashed = new List<KeyValuePair<string, string>>();
        foreach (var identifier in identifiers)
        {
            foreach (var hash in keys.CandidatesFor(kind, identifier)) hashed.Add(new KeyValuePair<string, string>(identifier, hash));
        }
        return hashed;
    }

    /// <summary>The identifiers as the caller gave them, each once, in the caller's order.</summary>
    private static string[] Matching(IEnumerable<KeyValuePair<string, string>> hashed, ICollection<string> existing) =>
        hashed.Where(p => existing.Contains(p.Value)).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToArray();
}
