using AlumniCrm.DataImport.Mapping;
using AlumniCrm.Domain.Consent;

namespace AlumniCrm.DataImport.Tests.Consent;

public class ConsentColumnMappingTests
{
    private static readonly string[] Required = ["studentnr", "fornavn", "etternavn", "studieprogramkode"];

    [Theory]
    [InlineData("samtykke_nyhetsbrev_epost", ConsentPurpose.Newsletter, ContactChannel.Email)]
    [InlineData("consent_newsletter_email", ConsentPurpose.Newsletter, ContactChannel.Email)]
    [InlineData("Samtykke Arrangement SMS", ConsentPurpose.Events, ContactChannel.Sms)]
    [InlineData("consent_events_sms", ConsentPurpose.Events, ContactChannel.Sms)]
    [InlineData("samtykke_undersøkelser_telefon", ConsentPurpose.SurveysAndResearch, ContactChannel.Phone)]
    [InlineData("consent_surveys_phone", ConsentPurpose.SurveysAndResearch, ContactChannel.Phone)]
    [InlineData("samtykke_mentor_post", ConsentPurpose.Mentoring, ContactChannel.Post)]
    [InlineData("CONSENT_MENTORING_POST", ConsentPurpose.Mentoring, ContactChannel.Post)]
    [InlineData("samtykke_evu_e-post", ConsentPurpose.ContinuingEducationOffers, ContactChannel.Email)]
    [InlineData("consent_continuing-education_email", ConsentPurpose.ContinuingEducationOffers, ContactChannel.Email)]
    [InlineData("samtykke_karriere_sms", ConsentPurpose.CareerServices, ContactChannel.Sms)]
    [InlineData("consent_career_services_sms", ConsentPurpose.CareerServices, ContactChannel.Sms)]
    [InlineData("samtykke_innsamling_telefon", ConsentPurpose.Fundraising, ContactChannel.Phone)]
    [InlineData("consent_fundraising_phone", ConsentPurpose.Fundraising, ContactChannel.Phone)]
    [InlineData("samtykke_nettverk_epost", ConsentPurpose.NetworkCommunications, ContactChannel.Email)]
    [InlineData("consent_network_communications_email", ConsentPurpose.NetworkCommunications, ContactChannel.Email)]
    public void Answer_columns_in_both_languages_map_to_their_purpose_and_channel(string header, ConsentPurpose purpose, ContactChannel channel)
    {
        var mapping = ColumnMapper.Map([.. Required, header]);

        var mapped = Assert.Single(ConsentAnswerFields.All, answer => mapping.Has(answer.Field));
        Assert.Equal((purpose, channel), (mapped.Purpose, mapped.Channel));
        Assert.Equal(header, mapping.ColumnNameOf(mapped.Field));
        Assert.DoesNotContain(mapping.Notices, notice => notice.Column == header);
    }

    [Theory]
    [InlineData("samtykke_dato", CanonicalField.ConsentDate)]
    [InlineData("consent_date", CanonicalField.ConsentDate)]
    [InlineData("samtykke_versjon", CanonicalField.ConsentVersion)]
    [InlineData("Consent version", CanonicalField.ConsentVersion)]
    public void Date_and_version_columns_map_in_both_languages(string header, CanonicalField field)
    {
        var mapping = ColumnMapper.Map([.. Required, header]);

        Assert.Equal(header, mapping.ColumnNameOf(field));
    }

    [Fact]
    public void Every_purpose_and_channel_has_one_field_and_no_two_fields_share_a_name()
    {
        Assert.Equal(Enum.GetValues<ConsentPurpose>().Length * Enum.GetValues<ContactChannel>().Length, ConsentAnswerFields.All.Count);
        for (var index = 0; index < FieldCatalogue.Count; index++)
        {
            Assert.Equal((CanonicalField)index, FieldCatalogue.All[index].Field);
        }

        var aliases = FieldCatalogue.All.SelectMany(definition => definition.Aliases).ToList();
        Assert.Equal(aliases.Count, aliases.Distinct().Count());
    }

    [Fact]
    public void A_mapping_file_maps_survey_columns_by_field_name_or_fs_name()
    {
        var file = MappingFile.Parse("""
            { "columns": { "Nyhetsbrev (e-post)": "consentNewsletterEmail", "Arrangement SMS": "samtykke_arrangement_sms",
                           "Svardato": "samtykke_dato", "Skjema": "consentVersion" } }
            """, "mapping.json");

        var mapping = ColumnMapper.Map([.. Required, "Nyhetsbrev (e-post)", "Arrangement SMS", "Svardato", "Skjema"], file);

        Assert.Equal("Nyhetsbrev (e-post)", mapping.ColumnNameOf(CanonicalField.ConsentNewsletterEmail));
        Assert.Equal("Arrangement SMS", mapping.ColumnNameOf(CanonicalField.ConsentEventsSms));
        Assert.Equal("Svardato", mapping.ColumnNameOf(CanonicalField.ConsentDate));
        Assert.Equal("Skjema", mapping.ColumnNameOf(CanonicalField.ConsentVersion));
    }

    [Fact]
    public void A_consent_column_with_an_unknown_purpose_is_unused_and_the_message_lists_the_words()
    {
        var mapping = ColumnMapper.Map([.. Required, "samtykke_kaffe_epost"]);

        var notice = Assert.Single(mapping.Notices, n => n.Column == "samtykke_kaffe_epost");
        Assert.Equal("column.unused", notice.Code);
        Assert.Contains("nyhetsbrev", notice.Message);
        Assert.Contains("epost", notice.Message);
    }
}
