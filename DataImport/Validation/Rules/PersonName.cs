namespace AlumniCrm.DataImport.Validation.Rules;

/// <summary>First and last names: letters (any script) with spaces, hyphens, apostrophes and dots; 50 characters (contact.firstname/lastname).</summary>
public static class PersonName
{
    public const int MaxLength = 50;

    public static bool HasOnlyNameCharacters(string name)
    {
        var hasLetter = false;
        foreach (var character in name)
        {
            if (char.IsLetter(character))
            {
                hasLetter = true;
            }
            else if (character is not (' ' or '-' or '\'' or '.' or '’') && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(character) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }

        return hasLetter;
    }
}
