using System.Xml.Linq;

namespace AlumniCrm.Solution.Tests;

public class LabelAndIdTests
{
    static readonly SolutionSource Source = SolutionSource.Current;

    [Fact]
    public void Every_localised_label_set_has_english_and_norwegian_text()
    {
        var checkedSets = 0;
        foreach (var (path, doc) in Source.Documents.Where(d => !d.Key.StartsWith("PluginAssemblies/", StringComparison.Ordinal)))
            foreach (var set in doc.Descendants().Where(e => e.Elements().Any(c => c.Attribute("languagecode") is not null)))
            {
                var labels = SolutionSource.LabelsOf(set);
                Assert.True(labels.TryGetValue(SolutionSource.English, out var en) && !string.IsNullOrWhiteSpace(en), $"{path}: {set.Name} without English text");
                Assert.True(labels.TryGetValue(SolutionSource.Norwegian, out var nb) && !string.IsNullOrWhiteSpace(nb), $"{path}: {set.Name} without Norwegian text");
                checkedSets++;
            }
        Assert.True(checkedSets > 1000, $"only {checkedSets} label sets found");
    }

    [Fact]
    public void Every_column_table_choice_option_form_view_and_chart_is_labelled()
    {
        foreach (var table in Source.Tables.Values)
        {
            Assert.Equal(2, SolutionSource.LabelsOf(table.Entity.Element("LocalizedNames")).Count);
            Assert.Equal(2, SolutionSource.LabelsOf(table.Entity.Element("LocalizedCollectionNames")).Count);
            foreach (var column in table.Columns.Values)
                Assert.Equal(2, SolutionSource.LabelsOf(column.Element.Element("displaynames")).Count);
        }
        foreach (var set in Source.OptionSets.Values)
            foreach (var labels in set.Options.Values) Assert.Equal(2, labels.Count);
        foreach (var form in Source.Forms) Assert.Equal(2, form.Names.Count);
        foreach (var view in Source.Views) Assert.Equal(2, view.Names.Count);
        foreach (var chart in Source.Charts) Assert.Equal(2, chart.Names.Count);
    }

    [Fact]
    public void Norwegian_labels_are_translations_not_copies_of_the_table_names()
    {
        foreach (var table in Source.Tables.Values.Where(t => t.IsCustom))
        {
            var names = SolutionSource.LabelsOf(table.Entity.Element("LocalizedNames"));
            Assert.NotEqual(names[SolutionSource.English], names[SolutionSource.Norwegian]);
        }
    }

    [Fact]
    public void Form_view_chart_role_and_profile_ids_are_unique_guids()
    {
        var ids = Source.Forms.Select(f => f.Id).Concat(Source.Views.Select(v => v.Id)).Concat(Source.Charts.Select(c => c.Id))
            .Concat(Source.Roles.Select(r => r.Id)).Concat(Source.FieldSecurityProfiles.Select(p => p.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var id in ids) Assert.True(Guid.TryParse(id, out var g) && g != Guid.Empty, $"bad id {id}");
    }

    [Fact]
    public void Form_element_ids_are_unique_within_each_form()
    {
        foreach (var form in Source.Forms)
        {
            var ids = form.Form.Descendants().Where(e => e.Name.LocalName is "tab" or "section" or "cell").Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            var controls = form.Form.Descendants("control").Select(c => (string)c.Attribute("id")!).ToList();
            Assert.Equal(controls.Count, controls.Distinct().Count());
        }
    }

    [Fact]
    public void Every_file_starts_with_a_byte_order_mark_and_declaration()
    {
        foreach (var path in Source.Documents.Keys.Where(p => !p.StartsWith("PluginAssemblies/", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(Path.Combine(Source.Root, path));
            Assert.True(bytes.Length > 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{path}: no UTF-8 BOM");
        }
    }
}
