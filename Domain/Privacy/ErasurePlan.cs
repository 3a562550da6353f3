using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AlumniCrm.Domain.Common;

namespace AlumniCrm.Domain.Privacy;

/// <summary>
/// How to erase a person (GDPR Art. 17), from what the glue found per catalogued table. Order matters:
/// rows that stay are anonymised (unlinked) first, so deleting the contact cannot cascade into them; then
/// the person's own rows are deleted; the contact last. The glue then writes the suppression entries and
/// the erasure log with <see cref="Summary"/>, which holds counts per table and never a value or id.
/// </summary>
public sealed class ErasurePlan
{
    private ErasurePlan(IReadOnlyList<ErasureStep> steps, IReadOnlyDictionary<string, int> counts, string summary)
    {
        Steps = steps;
        CountsByTable = counts;
        Summary = summary;
    }

    /// <summary>The writes, in order; tables without rows have no step.</summary>
    public IReadOnlyList<ErasureStep> Steps { get; }

    /// <summary>Rows affected per catalogued table (every table, zero included).</summary>
    public IReadOnlyDictionary<string, int> CountsByTable { get; }

    /// <summary>For <c>alm_erasurelog.alm_summary</c>: counts per table, no personal data.</summary>
    public string Summary { get; }

    /// <exception cref="ArgumentException">The findings miss a catalogued table, name an unknown one, or
    /// the contact rows are not exactly the person — a glue defect, never a user error.</exception>
    public static ErasurePlan Create(ErasureFindings findings, DateTime erasedOn)
    {
        if (findings == null) throw new ArgumentNullException(nameof(findings));
        if (findings.PersonId == Guid.Empty) throw new ArgumentException("The person to erase is missing.", nameof(findings));
        if (findings.SuppressionEntries < 0) throw new ArgumentException("Suppression entries cannot be negative.", nameof(findings));

        var rows = Normalise(findings.RowsByTable);
        var problems = new List<string>();
        foreach (var table in PersonalDataCatalog.Tables)
            if (!rows.ContainsKey(table.LogicalName))
                problems.Add("the table " + table.LogicalName + " was not searched");
        foreach (var name in rows.Keys)
            if (PersonalDataCatalog.Find(name) == null)
                problems.Add("the table " + name + " is not in the personal data catalogue");
        if (rows.TryGetValue(PersonalDataCatalog.ContactTable, out var contacts)
            && (contacts.Count != 1 || contacts[0] != findings.PersonId))
            problems.Add("the contact rows must be exactly the person being erased");
        if (problems.Count > 0)
            throw new ArgumentException("Cannot plan the erasure: " + string.Join("; ", problems) + ".", nameof(findings));

        var ordered = PersonalDataCatalog.Tables
            .Where(t => t.Action == ErasureAction.AnonymiseRows)
            .Concat(PersonalDataCatalog.Tables.Where(t => t.Action == ErasureAction.DeleteRows && t.LogicalName != PersonalDataCatalog.ContactTable))
            .Concat(PersonalDataCatalog.Tables.Where(t => t.LogicalName == PersonalDataCatalog.ContactTable))
            .ToList();

        var steps = new List<ErasureStep>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in ordered)
        {
            var ids = rows[table.LogicalName];
            counts[table.LogicalName] = ids.Count;
            if (ids.Count == 0) continue;
            var clear = table.Action == ErasureAction.AnonymiseRows ? table.ColumnsToClear : Array.Empty<string>();
            steps.Add(new ErasureStep(steps.Count + 1, table.LogicalName, table.Action, ids, clear));
        }

        return new ErasurePlan(steps, counts, Summarise(ordered, counts, findings.SuppressionEntries, erasedOn));
    }

    private static Dictionary<string, IReadOnlyList<Guid>> Normalise(IReadOnlyDictionary<string, IReadOnlyList<Guid>> found)
    {
        var rows = new Dictionary<string, IReadOnlyList<Guid>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in found)
        {
            var key = PersonalDataCatalog.Find(entry.Key)?.LogicalName ?? entry.Key;
            var ids = (entry.Value ?? Array.Empty<Guid>()).Where(id => id != Guid.Empty).Distinct().ToList();
            if (rows.TryGetValue(key, out var earlier))
                ids = earlier.Concat(ids).Distinct().ToList();
            rows[key] = ids;
        }
        return rows;
    }

    private static string Summarise(
        IEnumerable<PersonalDataTable> tables, IReadOnlyDictionary<string, int> counts, int suppressionEntries, DateTime erasedOn)
    {
        var text = new StringBuilder();
        text.Append("Person erased on ").Append(DateText.Minute(erasedOn)).Append(" UTC.");
        foreach (var table in tables)
        {
            var count = counts[table.LogicalName];
            text.Append('\n').Append(table.LogicalName).Append(": ")
                .Append(count.ToString(CultureInfo.InvariantCulture)).Append(count == 1 ? " row " : " rows ")
                .Append(table.Action == ErasureAction.DeleteRows ? "deleted" : "anonymised (" + string.Join(", ", table.ColumnsToClear) + " cleared)")
                .Append('.');
        }
        text.Append("\nSuppression entries written: ").Append(suppressionEntries.ToString(CultureInfo.InvariantCulture)).Append('.');
        return text.ToString();
    }
}
