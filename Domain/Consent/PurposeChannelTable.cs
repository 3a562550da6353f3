using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// Which purpose × channel combinations may rest on something other than a consent. This is the table
/// in docs/rules-consent.md; change both together. Every combination not listed — including purposes
/// and channels added to the choices later — needs consent.
/// <para>
/// Marketing (newsletter, continuing-education offers, fundraising) needs prior consent on electronic
/// channels under the Norwegian Marketing Control Act § 15, and we ask for it on every channel.
/// Information that belongs to the alumni relation itself (events, surveys and research, mentoring,
/// network communications) may rest on legitimate interest by e-mail and post during the window; SMS and
/// phone are more intrusive and need consent. Career services are a service graduates are entitled to,
/// on every channel, during the career-services window.
/// </para>
/// </summary>
public static class PurposeChannelTable
{
    private const string RelationWhy =
        "part of the alumni relation; a graduate can expect it during the window and can object at any time";
    private const string CareerWhy = "a service the graduate is entitled to during the career-services window";

    public static IReadOnlyList<PurposeChannelRule> Rules { get; } = Build();

    public static NonConsentBasis For(ConsentPurpose purpose, ContactChannel channel)
    {
        foreach (var rule in Rules)
            if (rule.Purpose == purpose && rule.Channel == channel)
                return rule.Basis;
        return NonConsentBasis.ConsentRequired;
    }

    private static IReadOnlyList<PurposeChannelRule> Build()
    {
        var rules = new List<PurposeChannelRule>();
        var relationPurposes = new[]
        {
            ConsentPurpose.Events, ConsentPurpose.SurveysAndResearch, ConsentPurpose.Mentoring, ConsentPurpose.NetworkCommunications,
        };
        foreach (var purpose in relationPurposes)
            foreach (var channel in new[] { ContactChannel.Email, ContactChannel.Post })
                rules.Add(new PurposeChannelRule(purpose, channel, NonConsentBasis.LegitimateInterestWindow, RelationWhy));

        foreach (var channel in new[] { ContactChannel.Email, ContactChannel.Sms, ContactChannel.Phone, ContactChannel.Post })
            rules.Add(new PurposeChannelRule(ConsentPurpose.CareerServices, channel, NonConsentBasis.CareerServicesWindow, CareerWhy));

        return rules.ToArray();
    }
}
