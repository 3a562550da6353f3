using AlumniCrm.Domain.Consent;

namespace AlumniCrm.DataImport.Mapping;

/// <summary>
/// The words consent answer columns are made of: <c>samtykke_&lt;purpose&gt;_&lt;channel&gt;</c> (Norwegian) and
/// <c>consent_&lt;purpose&gt;_&lt;channel&gt;</c> (English), plus the answer date and statement version columns.
/// The one place to add a synonym. Words are in normalised form (<see cref="HeaderNameNormalizer"/>);
/// the first Norwegian word of each list builds the FS column name used in messages.
/// </summary>
public static class ConsentVocabulary
{
    public static IReadOnlyList<string> Prefixes { get; } = ["samtykke", "consent"];

    public static IReadOnlyDictionary<ConsentPurpose, IReadOnlyList<string>> PurposeWords { get; } = new Dictionary<ConsentPurpose, IReadOnlyList<string>>
    {
        [ConsentPurpose.Newsletter] = ["nyhetsbrev", "newsletter"],
        [ConsentPurpose.Events] = ["arrangement", "arrangementer", "events", "event"],
        [ConsentPurpose.SurveysAndResearch] = ["undersokelser", "undersokelse", "surveys", "survey", "research"],
        [ConsentPurpose.Mentoring] = ["mentor", "mentorordning", "mentoring"],
        [ConsentPurpose.ContinuingEducationOffers] = ["evu", "etterutdanning", "continuingeducation"],
        [ConsentPurpose.CareerServices] = ["karriere", "careerservices", "career"],
        [ConsentPurpose.Fundraising] = ["innsamling", "fundraising"],
        [ConsentPurpose.NetworkCommunications] = ["nettverk", "networkcommunications", "network"],
    };

    public static IReadOnlyDictionary<ContactChannel, IReadOnlyList<string>> ChannelWords { get; } = new Dictionary<ContactChannel, IReadOnlyList<string>>
    {
        [ContactChannel.Email] = ["epost", "email", "mail"],
        [ContactChannel.Sms] = ["sms"],
        [ContactChannel.Phone] = ["telefon", "tlf", "phone"],
        [ContactChannel.Post] = ["post", "brev", "letter"],
    };

    public const string DateFsName = "samtykke_dato";
    public static IReadOnlyList<string> DateAliases { get; } = ["samtykkedato", "consentdate", "samtykkegitt", "consentgivenon"];

    public const string VersionFsName = "samtykke_versjon";
    public static IReadOnlyList<string> VersionAliases { get; } = ["samtykkeversjon", "consentversion", "samtykketekstversjon", "statementversion", "consentstatementversion"];

    /// <summary>Whether a (normalised) column name starts like an answer column, for a helpful message when its words are unknown.</summary>
    public static bool LooksLikeAnswerColumn(string normalizedName) =>
        Prefixes.Any(prefix => normalizedName.StartsWith(prefix, StringComparison.Ordinal) && normalizedName.Length > prefix.Length)
        && !DateAliases.Contains(normalizedName) && !VersionAliases.Contains(normalizedName);

    /// <summary>The naming pattern with the known words, for messages.</summary>
    public static string Expected =>
        $"Expected samtykke_<purpose>_<channel> or consent_<purpose>_<channel>; purposes: {string.Join(", ", PurposeWords.Values.SelectMany(words => words))}; " +
        $"channels: {string.Join(", ", ChannelWords.Values.SelectMany(words => words))}.";

    /// <summary>The FS-style name of an answer column, e.g. <c>samtykke_nyhetsbrev_epost</c>.</summary>
    public static string FsNameOf(ConsentPurpose purpose, ContactChannel channel) =>
        $"{Prefixes[0]}_{PurposeWords[purpose][0]}_{ChannelWords[channel][0]}";

    /// <summary>Every accepted (normalised) name of an answer column: each prefix × purpose word × channel word, Norwegian first.</summary>
    public static IReadOnlyList<string> AliasesOf(ConsentPurpose purpose, ContactChannel channel) =>
        (from prefix in Prefixes
         from purposeWord in PurposeWords[purpose]
         from channelWord in ChannelWords[channel]
         select prefix + purposeWord + channelWord).ToList();
}
