using System.Text;

namespace AlumniCrm.DataImport.Mapping;

/// <summary>
/// Reduces a column name to the form aliases are written in: lower case, æ/ø/å folded to ae/o/a,
/// everything but letters and digits removed. "Student_Nr", "student nr" and "STUDENTNR" all become "studentnr".
/// </summary>
public static class HeaderNameNormalizer
{
    public static string Normalize(string columnName)
    {
        var normalized = new StringBuilder(columnName.Length);
        foreach (var character in columnName.Trim().ToLowerInvariant())
        {
            switch (character)
            {
                case 'æ':
                    normalized.Append("ae");
                    break;
                case 'ø' or 'ö':
                    normalized.Append('o');
                    break;
                case 'å' or 'ä':
                    normalized.Append('a');
                    break;
                case >= 'a' and <= 'z' or >= '0' and <= '9':
                    normalized.Append(character);
                    break;
                default:
                    // Spaces, underscores, hyphens, dots and anything else carry no meaning in a column name.
                    break;
            }
        }

        return normalized.ToString();
    }
}
