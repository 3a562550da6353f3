using AlumniCrm.DataImport.Validation.Rules;

namespace AlumniCrm.DataImport.Tests.Validation;

public class FieldRuleTests
{
    [Theory]
    [InlineData("15.03.1995", 1995, 3, 15)]
    [InlineData("15031995", 1995, 3, 15)]
    [InlineData("1995-03-15", 1995, 3, 15)]
    [InlineData("29.02.2024", 2024, 2, 29)]
    public void Dates_in_both_fs_formats_parse(string text, int year, int month, int day)
    {
        Assert.Equal(DateParseResult.Valid, FsDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31.02.2020", DateParseResult.NoSuchDay)]
    [InlineData("29.02.2023", DateParseResult.NoSuchDay)]
    [InlineData("31042001", DateParseResult.NoSuchDay)]
    [InlineData("00.13.1990", DateParseResult.NoSuchDay)]
    [InlineData("2019/06/15", DateParseResult.UnknownFormat)]
    [InlineData("15.3.1995", DateParseResult.UnknownFormat)]
    [InlineData("150395", DateParseResult.UnknownFormat)]
    [InlineData("1a.03.1995", DateParseResult.UnknownFormat)]
    public void Impossible_and_malformed_dates_are_told_apart(string text, DateParseResult expected)
    {
        Assert.Equal(expected, FsDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("91234567", "+4791234567")]
    [InlineData("912 34 567", "+4791234567")]
    [InlineData("+47 912 34 567", "+4791234567")]
    [InlineData("004791234567", "+4791234567")]
    [InlineData("+46 70 123 45 67", "+46701234567")]
    [InlineData("0046701234567", "+46701234567")]
    [InlineData("+1 (415) 555-0100", "+14155550100")]
    public void Phone_numbers_are_normalised_to_e164(string text, string expected)
    {
        Assert.True(PhoneNumber.TryNormalize(text, out var e164));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("912345678")]
    [InlineData("+47 1234 567")]
    [InlineData("+0 123456789")]
    [InlineData("+1234567890123456")]
    [InlineData("9123x4567")]
    [InlineData("91+234567")]
    public void Bad_phone_numbers_are_refused(string text)
    {
        Assert.False(PhoneNumber.TryNormalize(text, out _));
    }

    [Theory]
    [InlineData("ola.nordmann@example.no", "ola.nordmann@example.no")]
    [InlineData("Kari+alumni@UiO.NO", "Kari+alumni@uio.no")]
    [InlineData("bjørn@høgskole.no", "bjørn@høgskole.no")]
    public void Valid_email_addresses_pass_with_a_lower_case_domain(string text, string expected)
    {
        Assert.True(EmailAddress.TryNormalize(text, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("ola.nordmann.example.no")]
    [InlineData("ola@@example.no")]
    [InlineData("ola@example")]
    [InlineData("ola@example.n")]
    [InlineData(".ola@example.no")]
    [InlineData("ola..n@example.no")]
    [InlineData("ola n@example.no")]
    [InlineData("ola@-example.no")]
    [InlineData("@example.no")]
    public void Invalid_email_addresses_are_refused(string text)
    {
        Assert.False(EmailAddress.TryNormalize(text, out _));
    }

    [Theory]
    [InlineData("180", 180)]
    [InlineData("7,5", 7.5)]
    [InlineData("7.5", 7.5)]
    [InlineData("0", 0)]
    [InlineData("999", 999)]
    [InlineData("22,50", 22.5)]
    public void Credits_accept_comma_and_dot(string text, double expected)
    {
        Assert.Equal(CreditsParseResult.Valid, Credits.TryParse(text, out var credits));
        Assert.Equal((decimal)expected, credits);
    }

    [Theory]
    [InlineData("1000", CreditsParseResult.OutOfRange)]
    [InlineData("-5", CreditsParseResult.NotANumber)]
    [InlineData("18O", CreditsParseResult.NotANumber)]
    [InlineData("1.000,5", CreditsParseResult.NotANumber)]
    [InlineData("7,25", CreditsParseResult.TooManyDecimals)]
    public void Bad_credits_are_told_apart(string text, CreditsParseResult expected)
    {
        Assert.Equal(expected, Credits.TryParse(text, out _));
    }

    [Theory]
    [InlineData("ÅRSV-GOV", true)]
    [InlineData("BØK", true)]
    [InlineData("MAUT-IT", true)]
    [InlineData("GLU1-7", true)]
    [InlineData("bøk", false)]
    [InlineData("-BØK", false)]
    [InlineData("BØK-", false)]
    [InlineData("MAUT--IT", false)]
    [InlineData("MAUT IT", false)]
    [InlineData("MAUT_IT", false)]
    public void Programme_codes_follow_fs_style(string code, bool valid)
    {
        Assert.Equal(valid, FsCode.IsUpperCaseCode(code, '-', 30));
    }
}
