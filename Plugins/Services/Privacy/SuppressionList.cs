using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using S = AlumniCrm.Plugins.Services.Schema.Suppression;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>The suppression entries (<c>alm_suppression</c>): keyed hashes of erased people's FS identifiers, nothing else.</summary>
public static class SuppressionList
{
    public const string EntryName = "Erased person";

    /// <summary>Which of the given hashes have an entry.</summary>
    public static HashSet<string> Existing(IOrganizationService service, IEnumerable<string> hashes) =>
        new(QueryRunner.WhereIn(service, S.Table, S.IdentifierHash, hashes, S.IdentifierHash)
            .Select(row => row.GetAttributeValue<string>(S.IdentifierHash)), StringComparer.Ordinal);

    /// <returns>How many entries were written (a hash already listed is not written twice).</returns>
    public static int Add(IOrganizationService service, IReadOnlyCollection<string> hashes, DateTime erasedOn)
    {
        var existing = Existing(service, hashes);
        var written = 0;
        foreach (var hash in hashes.Where(h => !existing.Contains(h)).Distinct())
        {
            service.Create(new Entity(S.Table) { [S.Name] = EntryName, [S.IdentifierHash] = hash, [S.ErasedOn] = erasedOn });
            written++;
        }
        return written;
    }
}
