using System.Text;
using System.Text.RegularExpressions;

namespace AlumniCrm.LocalDataverse.Query;

/// <summary>SQL LIKE: <c>%</c> any run, <c>_</c> one character, <c>[...]</c> a set; case-insensitive.</summary>
public static class LikePattern
{
    public static bool IsMatch(string value, string pattern) => ToRegex(pattern).IsMatch(value);

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '%': regex.Append(".*"); break;
                case '_': regex.Append('.'); break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0) { regex.Append(@"\["); break; }
                    var set = pattern.Substring(i + 1, end - i - 1);
                    regex.Append('[').Append(set.StartsWith('^') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = end;
                    break;
                default: regex.Append(Regex.Escape(c.ToString())); break;
            }
        }
        regex.Append('$');
        return new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
