namespace AlumniCrm.DataImport.Validation.Rules;

/// <summary>
/// Normalises a phone number to E.164: Norwegian numbers (8 digits, optionally +47 or 0047) become
/// +47XXXXXXXX; other numbers need a country code (+ or 00) and 8–15 digits in all.
/// </summary>
public static class PhoneNumber
{
    private const int NorwegianDigits = 8;
    private const int MinInternationalDigits = 8;
    private const int MaxE164Digits = 15;

    public static bool TryNormalize(string text, out string e164)
    {
        e164 = string.Empty;
        Span<char> digits = stackalloc char[text.Length];
        var count = 0;
        var international = false;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (char.IsAsciiDigit(character))
            {
                digits[count++] = character;
            }
            else if (character == '+' && count == 0 && !international)
            {
                international = true;
            }
            else if (character is not (' ' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        var number = digits[..count];
        if (!international && number.StartsWith("00"))
        {
            international = true;
            number = number[2..];
        }

        if (!international)
        {
            if (number.Length != NorwegianDigits)
            {
                return false;
            }

            e164 = string.Concat("+47", number);
            return true;
        }

        if (number.StartsWith("47"))
        {
            if (number.Length != 2 + NorwegianDigits)
            {
                return false;
            }
        }
        else if (number.Length is < MinInternationalDigits or > MaxE164Digits || number[0] == '0')
        {
            return false;
        }

        e164 = string.Concat("+", number);
        return true;
    }
}
