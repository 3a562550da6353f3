using AlumniCrm.DataImport.Tests.Support;
using AlumniCrm.Domain.Consent;

namespace AlumniCrm.DataImport.Tests.Consent;

public class ConsentAnswerValidationTests
{
    private const string ConsentHeader = ";samtykke_nyhetsbrev_epost;consent_events_sms;samtykke_dato;samtykke_versjon";

    private static FsCsv.Outcome Validate(string newsletterEmail, string eventsSms = "", string date = "01.03.2024", string version = "nyhetsbrev-2024-1") =>
        FsCsv.Validate(FsCsv.Header + ConsentHeader + "\n" + FsCsv.Row() + $";{newsletterEmail};{eventsSms};{date};{version}\n");

    [Theory]
    [InlineData("J", true)]
    [InlineData("ja", true)]
    [InlineData("Yes", true)]
    [InlineData("1", true)]
    [InlineData("n", false)]
    [InlineData("NEI", false)]
    [InlineData("no", false)]
    [InlineData("0", false)]
    public void Yes_and_no_in_every_accepted_spelling_become_answers(string text, bool granted)
    {
        var outcome = Validate(text);

        Assert.Empty(outcome.Sink.Errors);
        var record = Assert.Single(outcome.Records);
        var answer = Assert.Single(record.ConsentAnswers);
        Assert.Equal((ConsentPurpose.Newsletter, ContactChannel.Email, granted), (answer.Purpose, answer.Channel, answer.Granted));
        Assert.Equal("samtykke_nyhetsbrev_epost", answer.SourceColumn);
        Assert.Equal(new DateOnly(2024, 3, 1), record.ConsentDate);
        Assert.Equal("nyhetsbrev-2024-1", record.ConsentVersion);
    }

    [Fact]
    public void Empty_cells_are_no_answer_and_then_no_version_is_needed()
    {
        var outcome = Validate("", "", date: "", version: "");

        Assert.DoesNotContain(outcome.Sink.Issues, i => i.RowNumber is not null);
        Assert.Empty(Assert.Single(outcome.Records).ConsentAnswers);
    }

    [Fact]
    public void Anything_but_yes_or_no_is_a_row_error_naming_the_column_without_the_value()
    {
        var outcome = Validate("J", eventsSms: "kanskje");

        var error = Assert.Single(outcome.Sink.Errors);
        Assert.Equal(("consent_events_sms", "consent.answer-invalid", 1), (error.Column, error.Code, error.RowNumber));
        Assert.DoesNotContain("kanskje", error.Value + error.Message);
        Assert.Empty(outcome.Records);
    }

    [Theory]
    [InlineData("2024/03/01", "date.format")]
    [InlineData("30.02.2024", "date.impossible")]
    [InlineData("02.07.2025", "date.out-of-range")]
    public void The_answer_date_takes_the_fs_formats_and_is_not_in_the_future(string date, string code)
    {
        var error = Assert.Single(Validate("J", date: date).Sink.Errors);

        Assert.Equal(("samtykke_dato", code), (error.Column, error.Code));
    }

    [Fact]
    public void An_iso_or_compact_date_is_accepted()
    {
        Assert.Equal(new DateOnly(2024, 3, 1), Assert.Single(Validate("J", date: "2024-03-01").Records).ConsentDate);
        Assert.Equal(new DateOnly(2024, 3, 1), Assert.Single(Validate("J", date: "01032024").Records).ConsentDate);
    }

    [Fact]
    public void Answers_without_a_statement_version_are_refused_because_a_consent_needs_evidence()
    {
        var error = Assert.Single(Validate("J", version: "").Sink.Errors);

        Assert.Equal(("samtykke_versjon", "consent.version-missing"), (error.Column, error.Code));
    }

    [Fact]
    public void A_version_longer_than_the_ledger_column_is_refused()
    {
        var error = Assert.Single(Validate("N", version: new string('v', ConsentRecordValidator.StatementVersionMaxLength + 1)).Sink.Errors);

        Assert.Equal(("samtykke_versjon", "text.too-long"), (error.Column, error.Code));
    }

    [Fact]
    public void Answers_without_a_date_are_accepted_with_a_warning_that_they_count_from_the_import_day()
    {
        var outcome = Validate("J", date: "");

        Assert.Empty(outcome.Sink.Errors);
        var warning = Assert.Single(outcome.Sink.Warnings, w => w.RowNumber == 1);
        Assert.Equal(("samtykke_dato", "consent.date-missing"), (warning.Column, warning.Code));
        Assert.Null(Assert.Single(outcome.Records).ConsentDate);
    }
}
