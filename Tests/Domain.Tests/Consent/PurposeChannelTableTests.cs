using AlumniCrm.Domain.Consent;

namespace AlumniCrm.Domain.Tests.Consent;

public class PurposeChannelTableTests
{
    public static TheoryData<ConsentPurpose, ContactChannel, NonConsentBasis> Table()
    {
        var data = new TheoryData<ConsentPurpose, ContactChannel, NonConsentBasis>();
        const NonConsentBasis C = NonConsentBasis.ConsentRequired;
        const NonConsentBasis L = NonConsentBasis.LegitimateInterestWindow;
        const NonConsentBasis K = NonConsentBasis.CareerServicesWindow;
        void Row(ConsentPurpose p, NonConsentBasis email, NonConsentBasis sms, NonConsentBasis phone, NonConsentBasis post)
        {
            data.Add(p, ContactChannel.Email, email);
            data.Add(p, ContactChannel.Sms, sms);
            data.Add(p, ContactChannel.Phone, phone);
            data.Add(p, ContactChannel.Post, post);
        }
        // The documented table in docs/rules-consent.md, cell by cell.
        Row(ConsentPurpose.Newsletter, C, C, C, C);
        Row(ConsentPurpose.Events, L, C, C, L);
        Row(ConsentPurpose.SurveysAndResearch, L, C, C, L);
        Row(ConsentPurpose.Mentoring, L, C, C, L);
        Row(ConsentPurpose.ContinuingEducationOffers, C, C, C, C);
        Row(ConsentPurpose.CareerServices, K, K, K, K);
        Row(ConsentPurpose.Fundraising, C, C, C, C);
        Row(ConsentPurpose.NetworkCommunications, L, C, C, L);
        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Every_cell_matches_the_documented_table(ConsentPurpose purpose, ContactChannel channel, NonConsentBasis expected)
    {
        Assert.Equal(expected, PurposeChannelTable.For(purpose, channel));
    }

    [Fact]
    public void The_table_lists_each_combination_at_most_once_and_explains_it()
    {
        var keys = PurposeChannelTable.Rules.Select(r => (r.Purpose, r.Channel)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(PurposeChannelTable.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Why)));
        Assert.DoesNotContain(PurposeChannelTable.Rules, r => r.Basis == NonConsentBasis.ConsentRequired);
    }

    [Fact]
    public void No_marketing_purpose_rests_on_anything_but_consent()
    {
        Assert.DoesNotContain(PurposeChannelTable.Rules, r => ContactFlagsPolicy.MarketingPurposes.Contains(r.Purpose));
    }

    [Fact]
    public void Unknown_values_need_consent()
    {
        Assert.Equal(NonConsentBasis.ConsentRequired, PurposeChannelTable.For((ConsentPurpose)842100099, ContactChannel.Email));
        Assert.Equal(NonConsentBasis.ConsentRequired, PurposeChannelTable.For(ConsentPurpose.Events, (ContactChannel)842100099));
    }

    [Fact]
    public void The_documented_table_in_the_rules_page_matches_the_code()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules-consent.md"));
        var table = Table();
        foreach (var row in table)
        {
            var purpose = (ConsentPurpose)row[0];
            var line = doc.Split('\n').Single(l => l.StartsWith("| " + PurposeHeading(purpose) + " |", StringComparison.Ordinal));
            var cells = line.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
            var channelIndex = (int)(ContactChannel)row[1] - (int)ContactChannel.Email + 1;
            var expected = (NonConsentBasis)row[2] switch
            {
                NonConsentBasis.LegitimateInterestWindow => "LI window",
                NonConsentBasis.CareerServicesWindow => "Career window",
                _ => "Consent",
            };
            Assert.Equal(expected, cells[channelIndex]);
        }
    }

    private static string PurposeHeading(ConsentPurpose purpose)
    {
        var text = ConsentText.Purpose(purpose);
        if (text.StartsWith("the ", StringComparison.Ordinal)) text = text.Substring(4);
        return char.ToUpperInvariant(text[0]) + text.Substring(1);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "docs", "data-model.md")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
