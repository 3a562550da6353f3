namespace AlumniCrm.DataImport.Validation.Rules;

/// <summary>
/// FS code shapes: upper-case letters (æøå included) and digits, in parts joined by a separator
/// (hyphen for programme codes such as <c>ÅRSV-GOV</c> and <c>MAUT-IT</c>, dot for <c>190.30</c>).
/// </summary>
public static class FsCode
{
    public static bool IsUpperCaseCode(ReadOnlySpan<char> code, char partSeparator, int maxLength)
    {
        if (code.IsEmpty || code.Length > maxLength || code[0] == partSeparator || code[^1] == partSeparator)
        {
            return false;
        }

        var previous = '\0';
        foreach (var character in code)
        {
            var allowed = char.IsAsciiDigit(character) || char.IsAsciiLetterUpper(character) || character is 'Æ' or 'Ø' or 'Å'
                || (character == partSeparator && previous != partSeparator);
            if (!allowed)
            {
                return false;
            }

            previous = character;
        }

        return true;
    }
}
