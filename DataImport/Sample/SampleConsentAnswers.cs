using System.Globalization;

namespace AlumniCrm.DataImport.Sample;

/// <summary>
/// A synthetic graduate's answers to the consent questions of a registration survey: J, N or empty
/// (not answered) per question, with the day and the statement version. The share of answers is
/// loosely Aalto's (about half consent to e-mail), SMS only for people with a mobile number.
/// </summary>
internal sealed record SampleConsentAnswers(string NewsletterEmail, string EventsEmail, string EventsSms, string AnsweredOn, string Version)
{
    public const double AnsweredSurveyShare = 0.6;

    /// <summary>Column names as the survey export writes them (Norwegian FS style).</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["samtykke_nyhetsbrev_epost", "samtykke_arrangement_epost", "samtykke_arrangement_sms", "samtykke_dato", "samtykke_versjon"];

    public static IReadOnlyList<string> EmptyValues { get; } = ["", "", "", "", ""];

    public IReadOnlyList<string> Values => [NewsletterEmail, EventsEmail, EventsSms, AnsweredOn, Version];

    /// <summary>Answers for one graduate (null: did not take the survey). Draws from <paramref name="random"/> only when called.</summary>
    public static SampleConsentAnswers? Draw(Random random, bool hasMobile, int graduationYear, DateOnly exportDate, Func<DateOnly, string> formatDate)
    {
        if (random.NextDouble() >= AnsweredSurveyShare) return null;

        var earliest = new DateOnly(Math.Min(graduationYear, exportDate.Year), 1, 15);
        if (earliest > exportDate) earliest = exportDate;
        var answeredOn = earliest.AddDays(random.Next(0, exportDate.DayNumber - earliest.DayNumber + 1));
        var newsletter = random.NextDouble() < 0.65 ? "J" : "N";
        var events = random.NextDouble() < 0.1 ? string.Empty : random.NextDouble() < 0.75 ? "J" : "N";
        var sms = hasMobile && random.NextDouble() < 0.4 ? (random.NextDouble() < 0.5 ? "J" : "N") : string.Empty;
        var version = string.Create(CultureInfo.InvariantCulture, $"alumni-registrering-{answeredOn.Year}-{(answeredOn.Month <= 6 ? 1 : 2)}");
        return new SampleConsentAnswers(newsletter, events, sms, formatDate(answeredOn), version);
    }
}
