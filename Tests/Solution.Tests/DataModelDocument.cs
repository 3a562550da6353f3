using System.Globalization;
using System.Text.RegularExpressions;

namespace AlumniCrm.Solution.Tests;

/// <summary>
/// Reads docs/data-model.md — the single list of tables, columns, keys and choices — so the tests
/// compare the solution source with the document instead of with a second hand-kept list.
/// </summary>
public sealed partial class DataModelDocument
{
    public string Text { get; }
    /// <summary>Global choice name → (value → English label).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> Choices { get; }
    /// <summary>Table logical name → custom (alm_) columns named in its section.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Columns { get; }
    /// <summary>Table logical name → alternate key names (bold in its section).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keys { get; }
    /// <summary>Standard (system) columns of contact listed under "Standard columns used".</summary>
    public IReadOnlyList<string> ContactStandardColumns { get; }

    public static DataModelDocument Load(string repositoryRoot) => new(File.ReadAllText(Path.Combine(repositoryRoot, "docs", "data-model.md")));

    public DataModelDocument(string text)
    {
        Text = text;
        var choices = new Dictionary<string, IReadOnlyDictionary<int, string>>();
        foreach (Match row in ChoiceRow().Matches(text))
        {
            var values = row.Groups["values"].Value.Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(v => ValueLabel().Match(v)).Where(m => m.Success)
                .ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => m.Groups[2].Value.Trim());
            choices[row.Groups["name"].Value] = values;
        }
        Choices = choices;

        var columns = new Dictionary<string, IReadOnlyList<string>>();
        var keys = new Dictionary<string, IReadOnlyList<string>>();
        var tableSection = Section(text, "## Tables", "## Relationships");
        var headings = TableHeading().Matches(tableSection).ToList();
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].Index + headings[i].Length;
            var end = i + 1 < headings.Count ? headings[i + 1].Index : tableSection.Length;
            var body = tableSection[start..end];
            var table = headings[i].Groups[1].Value;
            keys[table] = KeyName().Matches(body).Select(m => m.Groups[1].Value).ToList();
            var found = new List<string>();
            foreach (Match m in Backticked().Matches(body))
            {
                var name = m.Groups[1].Value;
                if (!name.StartsWith("alm_", StringComparison.Ordinal)) continue;
                var before = body[Math.Max(0, m.Index - 14)..m.Index];
                if (before.EndsWith("**", StringComparison.Ordinal)) continue;                       // key or N:N name
                if (Regex.IsMatch(before, @"(choice|multi-select|lookup|intersect) $")) continue;  // a type, not a column
                if (!found.Contains(name)) found.Add(name);
            }
            columns[table] = found;
        }
        Columns = columns;
        Keys = keys;

        var standard = Regex.Match(text, @"Standard columns used:(?<list>[^\n]*(\n[^\n#|]+)*)");
        ContactStandardColumns = Backticked().Matches(standard.Groups["list"].Value).Select(m => m.Groups[1].Value).ToList();
    }

    static string Section(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start + 1, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [GeneratedRegex(@"^\|\s*`(?<name>alm_[a-z]+)`\s*\|\s*(?<values>\d{9}[^|\n]*)\|", RegexOptions.Multiline)]
    private static partial Regex ChoiceRow();
    [GeneratedRegex(@"^(\d{9})\s+(.+)$")]
    private static partial Regex ValueLabel();
    [GeneratedRegex(@"^### (\w+)", RegexOptions.Multiline)]
    private static partial Regex TableHeading();
    [GeneratedRegex(@"[Kk]ey\s+\*\*`([a-z_]+)`\*\*")]
    private static partial Regex KeyName();
    [GeneratedRegex(@"`([A-Za-z_]+)`")]
    private static partial Regex Backticked();
}
