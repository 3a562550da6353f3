using System.Text.Json;
using AlumniCrm.Domain.Privacy;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Privacy;

/// <summary>alm_ExportPersonData: every catalogued table and column, the person's rows only.</summary>
public class ExportTests
{
    private readonly ConsentWorld _world = ConsentWorld.Create();

    private JsonDocument Export(Guid person) => JsonDocument.Parse((string)_world.Service.Execute(
        new OrganizationRequest("alm_ExportPersonData") { ["ContactId"] = new EntityReference("contact", person) }).Results["Json"]);

    [Fact]
    public void The_export_holds_every_catalogued_table_and_column_with_the_persons_rows_only()
    {
        var kari = new PersonFixture(_world, "Kari", "Nordmann", PersonFixture.StudentNumber, PersonFixture.PersonNumber);
        var ola = new PersonFixture(_world, "Ola", "Hansen", "S-1000", "P-1000");

        using var json = Export(kari.Id);

        var tables = json.RootElement.GetProperty("tables");
        Assert.Equal(PersonalDataCatalog.Tables.Select(t => t.LogicalName), tables.EnumerateObject().Select(p => p.Name));
        foreach (var table in PersonalDataCatalog.Tables)
        {
            var row = Assert.Single(tables.GetProperty(table.LogicalName).EnumerateArray());
            Assert.Equal(table.ColumnNames.Prepend("id"), row.EnumerateObject().Select(p => p.Name));
        }
        Assert.Equal(kari.Id.ToString(), tables.GetProperty("contact")[0].GetProperty("id").GetString());
        Assert.Equal(PersonFixture.StudentNumber, tables.GetProperty("contact")[0].GetProperty("alm_fsstudentnumber").GetString());
        var consent = tables.GetProperty("alm_consent")[0];
        Assert.Equal(842100000, consent.GetProperty("alm_purpose").GetProperty("value").GetInt32());
        Assert.Equal("Signed up on the form, Kari Nordmann", consent.GetProperty("alm_evidence").GetString());
        Assert.Equal("systemuser", consent.GetProperty("alm_recordedbyid").GetProperty("table").GetString());
        Assert.Equal(800m, tables.GetProperty("alm_engagement")[0].GetProperty("alm_estimatedvalue").GetDecimal());
        Assert.Equal(kari.NetworkId.ToString(), tables.GetProperty("alm_network")[0].GetProperty("id").GetString());
        Assert.DoesNotContain(ola.Id.ToString(), json.RootElement.GetRawText());
    }

    [Fact]
    public void A_person_without_rows_elsewhere_still_gets_every_table_listed_empty()
    {
        var person = _world.Person("Per", "Olsen");

        using var json = Export(person);

        var tables = json.RootElement.GetProperty("tables");
        Assert.Single(tables.GetProperty("contact").EnumerateArray());
        Assert.All(PersonalDataCatalog.Tables.Skip(1), t => Assert.Empty(tables.GetProperty(t.LogicalName).EnumerateArray()));
    }

    [Fact]
    public void Exporting_someone_unknown_says_so()
    {
        Assert.Contains("There is no person with the id", ConsentWorld.Refusal(() => Export(Guid.NewGuid()).Dispose()));
    }
}
