namespace AlumniCrm.DataImport.Validation.Rules;

/// <summary>
/// E-mail syntax as CRM needs it (contact.emailaddress1, 100 characters): one @, a dot-atom local
/// part and a domain of at least two labels with letters, digits and hyphens. The domain is lower-cased.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 100;
    private const string LocalPartSymbols = "!#$%&'*+/=?^_`{|}~-";

    public static bool TryNormalize(string text, out string normalized)
    {
        normalized = string.Empty;
        var at = text.IndexOf('@');
        if (text.Length > MaxLength || at <= 0 || at != text.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        var local = text.AsSpan(0, at);
        var domain = text.AsSpan(at + 1);
        if (!IsDotAtom(local) || !IsDomain(domain))
        {
            return false;
        }

        normalized = domain.ContainsAnyInRange('A', 'Z') || HasNonAsciiUpper(domain)
            ? string.Concat(text.AsSpan(0, at + 1), domain.ToString().ToLowerInvariant())
            : text;
        return true;
    }

    private static bool HasNonAsciiUpper(ReadOnlySpan<char> domain)
    {
        foreach (var character in domain)
        {
            if (!char.IsAscii(character) && char.IsUpper(character))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDotAtom(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var character in local)
        {
            if (!char.IsLetterOrDigit(character) && character != '.' && !LocalPartSymbols.Contains(character))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var labels = 0;
        var lastLabelIsAlphabetic = false;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var character in label)
            {
                if (!char.IsLetterOrDigit(character) && character != '-')
                {
                    return false;
                }
            }

            labels++;
            lastLabelIsAlphabetic = label.Length >= 2 && !label.ContainsAnyExcept(LettersOnly);
        }

        return labels >= 2 && lastLabelIsAlphabetic;
    }

    private static readonly System.Buffers.SearchValues<char> LettersOnly =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
