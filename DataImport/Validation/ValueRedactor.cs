using System.Text;

namespace AlumniCrm.DataImport.Validation;

/// <summary>
/// Turns a value into what a report may show. Personal values become their shape ("Aaaa", "99.99.9999",
/// "aaa@aaa.aa"); codes are shown as they are, unless they contain six or more digits (a misplaced
/// identity number must not leak through a code column).
/// </summary>
public static class ValueRedactor
{
    public const string Empty = "(empty)";
    public const string Unreadable = "(value redacted: not valid text)";
    private const int MaxShown = 40;

    public static string Describe(string? value, bool isPersonal)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Empty;
        }

        if (!isPersonal && value.Count(char.IsAsciiDigit) < 6)
        {
            return value.Length <= MaxShown ? value : string.Concat(value.AsSpan(0, MaxShown), "…");
        }

        return "shape " + Shape(value);
    }

    /// <summary>Digits become 9, letters a or A, other characters stay; long values are cut.</summary>
    public static string Shape(string value)
    {
        var shape = new StringBuilder(Math.Min(value.Length, MaxShown) + 1);
        foreach (var character in value.AsSpan(0, Math.Min(value.Length, MaxShown)))
        {
            shape.Append(character switch
            {
                _ when char.IsDigit(character) => '9',
                _ when char.IsUpper(character) => 'A',
                _ when char.IsLetter(character) => 'a',
                _ when char.IsWhiteSpace(character) => ' ',
                _ => character,
            });
        }

        if (value.Length > MaxShown)
        {
            shape.Append('…');
        }

        return shape.ToString();
    }
}
