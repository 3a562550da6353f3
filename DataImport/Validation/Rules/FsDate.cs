namespace AlumniCrm.DataImport.Validation.Rules;

/// <summary>Dates as FS writes them: dd.MM.yyyy or DDMMYYYY (and ISO yyyy-MM-dd from other tools).</summary>
public static class FsDate
{
    public static DateParseResult TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        int day, month, year;
        if (text.Length == 10 && text[2] == '.' && text[5] == '.')
        {
            if (!TryDigits(text[..2], out day) || !TryDigits(text[3..5], out month) || !TryDigits(text[6..], out year))
            {
                return DateParseResult.UnknownFormat;
            }
        }
        else if (text.Length == 8)
        {
            if (!TryDigits(text[..2], out day) || !TryDigits(text[2..4], out month) || !TryDigits(text[4..], out year))
            {
                return DateParseResult.UnknownFormat;
            }
        }
        else if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            if (!TryDigits(text[..4], out year) || !TryDigits(text[5..7], out month) || !TryDigits(text[8..], out day))
            {
                return DateParseResult.UnknownFormat;
            }
        }
        else
        {
            return DateParseResult.UnknownFormat;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return DateParseResult.NoSuchDay;
        }

        date = new DateOnly(year, month, day);
        return DateParseResult.Valid;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }
}
