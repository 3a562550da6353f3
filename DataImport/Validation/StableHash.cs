namespace AlumniCrm.DataImport.Validation;

/// <summary>
/// 64-bit FNV-1a over characters. The duplicate check keeps these instead of values, so it holds no
/// personal data and stays small (a few machine words per student).
/// </summary>
internal static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>0 for an empty value, so "no value" is recognisable.</summary>
    public static ulong Of(ReadOnlySpan<char> value, bool ignoreCase = false)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        var hash = OffsetBasis;
        foreach (var character in value)
        {
            var folded = !ignoreCase ? character
                : char.IsAsciiLetterLower(character) ? (char)(character - 32)
                : char.IsAscii(character) ? character
                : char.ToUpperInvariant(character);
            hash = (hash ^ folded) * Prime;
        }

        return hash == 0 ? 1 : hash;
    }

    public static ulong Combine(ulong hash, ulong next) => ((hash ^ next) * Prime) + 1;
}
