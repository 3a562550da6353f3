using System;
using System.Globalization;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// Purposes, channels, sources and bases in words for reason texts. Values the rules do not know
/// (a choice extended after this code was built) are named by their number instead of failing.
/// </summary>
public static class ConsentText
{
    public static string Purpose(ConsentPurpose purpose) => purpose switch
    {
        ConsentPurpose.Newsletter => "the newsletter",
        ConsentPurpose.Events => "events",
        ConsentPurpose.SurveysAndResearch => "surveys and research",
        ConsentPurpose.Mentoring => "mentoring",
        ConsentPurpose.ContinuingEducationOffers => "continuing-education offers",
        ConsentPurpose.CareerServices => "career services",
        ConsentPurpose.Fundraising => "fundraising",
        ConsentPurpose.NetworkCommunications => "network communications",
        _ => "purpose " + ((int)purpose).ToString(CultureInfo.InvariantCulture),
    };

    public static string Purpose(ConsentPurpose? purpose) => purpose is { } known ? Purpose(known) : "every purpose";

    public static string Channel(ContactChannel channel) => channel switch
    {
        ContactChannel.Email => "e-mail",
        ContactChannel.Sms => "SMS",
        ContactChannel.Phone => "phone",
        ContactChannel.Post => "post",
        _ => "channel " + ((int)channel).ToString(CultureInfo.InvariantCulture),
    };

    public static string Channel(ContactChannel? channel) => channel is { } known ? Channel(known) : "every channel";

    /// <summary>"the newsletter by e-mail".</summary>
    public static string PurposeByChannel(ConsentPurpose purpose, ContactChannel channel) =>
        Purpose(purpose) + " by " + Channel(channel);

    public static string Source(ConsentSource? source) => source switch
    {
        ConsentSource.SelfServiceForm => "self-service form",
        ConsentSource.Import => "import",
        ConsentSource.Staff => "recorded by staff",
        ConsentSource.EventRegistration => "event registration",
        null => "no source",
        _ => "source " + ((int)source.Value).ToString(CultureInfo.InvariantCulture),
    };

    public static string Basis(LawfulBasis basis) => basis switch
    {
        LawfulBasis.Consent => "consent",
        LawfulBasis.LegitimateInterest => "legitimate interest",
        LawfulBasis.Contract => "contract",
        LawfulBasis.LegalObligation => "legal obligation",
        LawfulBasis.PublicTask => "public task",
        LawfulBasis.VitalInterest => "vital interest",
        _ => "lawful basis " + ((int)basis).ToString(CultureInfo.InvariantCulture),
    };

    internal static bool IsKnown(ConsentPurpose purpose) => Enum.IsDefined(typeof(ConsentPurpose), purpose);

    internal static bool IsKnown(ContactChannel channel) => Enum.IsDefined(typeof(ContactChannel), channel);
}
