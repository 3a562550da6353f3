using System.Globalization;

namespace AlumniCrm.DataImport.Validation.Rules;

/// <summary>Study credits (studiepoeng): 0–999 with at most one decimal (alm_credits), comma or dot as separator.</summary>
public static class Credits
{
    public const decimal Maximum = 999m;

    public static CreditsParseResult TryParse(string text, out decimal credits)
    {
        credits = 0;
        var invariant = text.Replace(',', '.');
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out credits))
        {
            return CreditsParseResult.NotANumber;
        }

        if (credits > Maximum)
        {
            return CreditsParseResult.OutOfRange;
        }

        return credits.Scale > 1 && decimal.Round(credits, 1) != credits ? CreditsParseResult.TooManyDecimals : CreditsParseResult.Valid;
    }
}
