using System.Globalization;
using AlumniCrm.Domain.Privacy;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Privacy;

/// <summary>alm_ErasePerson through the pipeline, proven complete against the catalogue and the solution source.</summary>
public class ErasureTests
{
    private readonly ConsentWorld _world = ConsentWorld.Create();
    private readonly PersonFixture _kari;
    private readonly PersonFixture _ola;

    public ErasureTests()
    {
        _kari = new PersonFixture(_world, "Kari", "Nordmann", PersonFixture.StudentNumber, PersonFixture.PersonNumber);
        _ola = new PersonFixture(_world, "Ola", "Hansen", "S-1000", "P-1000");
    }

    private string Erase(Guid person) =>
        (string)_world.Service.Execute(new OrganizationRequest("alm_ErasePerson") { ["ContactId"] = new EntityReference("contact", person) }).Results["Summary"];

    [Fact]
    public void Erasure_leaves_nothing_of_the_person_in_any_catalogued_table_or_column()
    {
        var before = PersonalDataCatalog.Tables.ToDictionary(t => t.LogicalName, t => RowsOf(t, _kari.Id));
        Assert.All(before, table => Assert.NotEmpty(table.Value)); // the fixture covers every catalogued table

        Erase(_kari.Id);

        foreach (var table in PersonalDataCatalog.Tables)
        {
            Assert.Empty(RowsOf(table, _kari.Id));
            foreach (var row in before[table.LogicalName])
            {
                var after = _world.Env.Store.Get(table.LogicalName, row.Id);
                if (table.Action == ErasureAction.DeleteRows)
                {
                    Assert.Null(after);
                    continue;
                }
                Assert.NotNull(after);
                foreach (var column in table.Columns)
                {
                    if (column.Erasure == ColumnErasure.Clear) Assert.False(after!.Contains(column.LogicalName), $"{table.LogicalName}.{column.LogicalName} still set");
                    if (column.Erasure == ColumnErasure.Keep) Assert.Equal(Normal(row[column.LogicalName]), Normal(after![column.LogicalName]));
                }
            }
        }
    }

    [Fact]
    public void No_value_of_the_person_survives_anywhere_in_the_environment_while_others_are_untouched()
    {
        var olaRowsBefore = PersonalDataCatalog.Tables.Sum(t => RowsOf(t, _ola.Id).Count);
        var mobile = _world.Row("contact", _kari.Id).GetAttributeValue<string>("mobilephone");
        Erase(_kari.Id);

        var traces = new[] { "Kari", "kari@example.org", mobile, PersonFixture.StudentNumber, PersonFixture.PersonNumber, _kari.Id.ToString() };
        foreach (var table in _world.Env.Store.TableNames.ToList())
        {
            foreach (var row in _world.Env.Store.All(table))
            {
                foreach (var attribute in row.Attributes)
                {
                    var text = attribute.Value is EntityReference reference ? reference.Id.ToString() : Convert.ToString(attribute.Value, CultureInfo.InvariantCulture) ?? "";
                    Assert.True(!traces.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)), $"{table}.{attribute.Key} still holds '{text}'");
                }
            }
        }
        Assert.Equal(olaRowsBefore, PersonalDataCatalog.Tables.Sum(t => RowsOf(t, _ola.Id).Count));
    }

    [Fact]
    public void Erasure_writes_keyed_suppression_hashes_and_a_log_without_personal_data()
    {
        var summary = Erase(_kari.Id);

        var key = SuppressionKey.FromBase64(ConsentWorld.SuppressionKey);
        var hashes = _world.Rows("alm_suppression").Select(r => r.GetAttributeValue<string>("alm_identifierhash")).OrderBy(h => h).ToList();
        Assert.Equal(key.HashesFor(PersonFixture.StudentNumber, PersonFixture.PersonNumber).OrderBy(h => h), hashes);
        Assert.All(_world.Rows("alm_suppression"), r => Assert.Equal("Erased person", r.GetAttributeValue<string>("alm_name")));

        var log = Assert.Single(_world.Rows("alm_erasurelog"));
        Assert.Equal(summary, log.GetAttributeValue<string>("alm_summary"));
        Assert.Equal(_world.Env.CallerId, log.GetAttributeValue<EntityReference>("alm_erasedbyid").Id);
        Assert.Contains("alm_consent: 1 row deleted.", summary);
        Assert.Contains("alm_engagement: 1 row anonymised", summary);
        Assert.Contains("Suppression entries written: 2.", summary);
    }

    [Fact]
    public void The_catalogue_covers_every_lookup_to_contact_and_every_column_of_person_records_in_the_solution()
    {
        var problems = new List<string>();
        foreach (var (table, column) in SolutionPersonalColumns.LookupsToContact())
        {
            var catalogued = PersonalDataCatalog.Find(table);
            if (catalogued is null) { problems.Add($"{table} refers to contact ({column}) but is not in PersonalDataCatalog"); continue; }
            var entry = catalogued.Columns.FirstOrDefault(c => c.LogicalName == column);
            if (entry is null || entry.Erasure == ColumnErasure.Keep) problems.Add($"{table}.{column} links to the person but erasure neither deletes nor clears it");
            // A row that cannot exist without the person is about them: every column it has is their data.
            if (SolutionPersonalColumns.IsRequired(table, column))
                problems.AddRange(SolutionPersonalColumns.CustomColumns(table).Where(c => !catalogued.ColumnNames.Contains(c))
                    .Select(c => $"{table}.{c} is in the solution but not in PersonalDataCatalog"));
        }
        var contact = PersonalDataCatalog.Find("contact")!;
        problems.AddRange(SolutionPersonalColumns.CustomColumns("contact").Where(c => !contact.ColumnNames.Contains(c))
            .Select(c => $"contact.{c} is in the solution but not in PersonalDataCatalog"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.NotEmpty(SolutionPersonalColumns.LookupsToContact());
    }

    [Fact]
    public void Without_a_suppression_key_nothing_is_erased_and_the_message_says_what_to_set()
    {
        var world = ConsentWorld.Create(withSuppressionKey: false);
        var person = new PersonFixture(world, "Kari", "Nordmann", PersonFixture.StudentNumber, PersonFixture.PersonNumber);

        var message = ConsentWorld.Refusal(() => world.Service.Execute(new OrganizationRequest("alm_ErasePerson")
        {
            ["ContactId"] = new EntityReference("contact", person.Id),
        }));

        Assert.Contains("The suppression key is not configured", message);
        Assert.Contains("add a Suppression key", message);
        Assert.NotNull(world.Env.Store.Get("contact", person.Id));
        Assert.NotNull(world.Env.Store.Get("alm_consent", person.ConsentId));
    }

    [Fact]
    public void Erasing_someone_who_is_gone_says_so()
    {
        Erase(_kari.Id);

        Assert.Contains("There is no person with the id", ConsentWorld.Refusal(() => Erase(_kari.Id)));
    }

    private List<Entity> RowsOf(PersonalDataTable table, Guid person) =>
        _world.Env.Store.All(table.LogicalName).Where(r => r.GetAttributeValue<object>(table.PersonColumn) switch
        {
            EntityReference reference => reference.Id == person,
            Guid id => id == person,
            _ => false,
        }).ToList();

    private static object? Normal(object? value) => value switch
    {
        EntityReference reference => reference.Id,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        _ => value,
    };
}
