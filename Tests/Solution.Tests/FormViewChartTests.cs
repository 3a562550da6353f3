using System.Xml.Linq;

namespace AlumniCrm.Solution.Tests;

public class FormViewChartTests
{
    static readonly SolutionSource Source = SolutionSource.Current;
    const string SubgridClass = "{E7A81278-8635-4d9e-8D4D-59480B391C5B}";

    /// <summary>Every column a FetchXML names (attribute, order, condition, on the entity and every link-entity)
    /// with the table it must exist on; link-entity aliases mapped to their table.</summary>
    public static (List<(string Table, string Column)> Columns, Dictionary<string, string> Aliases) FetchColumns(XElement fetch)
    {
        var columns = new List<(string, string)>();
        var aliases = new Dictionary<string, string>();
        void Walk(XElement node, string table)
        {
            foreach (var child in node.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "attribute" or "order":
                        columns.Add((table, (string?)child.Attribute("name") ?? (string)child.Attribute("attribute")!)); break;
                    case "filter":
                        foreach (var condition in child.Descendants("condition").Where(c => c.Attribute("entityname") is null))
                            columns.Add((table, (string)condition.Attribute("attribute")!));
                        break;
                    case "link-entity":
                        var linked = (string)child.Attribute("name")!;
                        columns.Add((linked, (string)child.Attribute("from")!));
                        columns.Add((table, (string)child.Attribute("to")!));
                        if (child.Attribute("alias") is { } alias) aliases[alias.Value] = linked;
                        Walk(child, linked);
                        break;
                }
            }
        }
        var entity = fetch.Element("entity")!;
        Walk(entity, (string)entity.Attribute("name")!);
        return (columns, aliases);
    }

    [Fact]
    public void Every_table_has_a_main_and_a_quick_create_form()
    {
        foreach (var table in Source.Tables.Values)
        {
            Assert.Single(Source.Forms, f => f.Entity == table.LogicalName && f.Type == "main");
            Assert.Single(Source.Forms, f => f.Entity == table.LogicalName && f.Type == "quickCreate");
        }
    }

    [Fact]
    public void Form_files_are_named_by_their_form_id()
    {
        foreach (var form in Source.Forms)
            Assert.EndsWith("/{" + form.Id + "}.xml", "/" + form.Path);
        foreach (var view in Source.Views)
            Assert.EndsWith("/{" + view.Id + "}.xml", view.Path);
        foreach (var chart in Source.Charts)
            Assert.EndsWith("/{" + chart.Id + "}.xml", chart.Path);
    }

    [Fact]
    public void Every_column_on_a_form_exists_on_its_table()
    {
        foreach (var form in Source.Forms.Where(f => f.Entity is not null))
        {
            var fields = form.DataFields.ToList();
            Assert.NotEmpty(fields);
            foreach (var field in fields)
                Assert.True(Source.HasColumn(form.Entity!, field), $"{form.Path}: {form.Entity} has no column {field}");
            Assert.Equal(fields.Count, fields.Distinct().Count());
        }
    }

    [Fact]
    public void Every_required_custom_column_is_on_the_main_and_quick_create_forms()
    {
        foreach (var table in Source.Tables.Values)
            foreach (var column in table.Columns.Values.Where(c => c.IsCustom && c.RequiredLevel == "required"))
                foreach (var type in new[] { "main", "quickCreate" })
                    Assert.Contains(column.LogicalName, Source.Forms.Single(f => f.Entity == table.LogicalName && f.Type == type).DataFields);
    }

    [Fact]
    public void Every_custom_column_except_calculated_ones_is_on_the_main_form()
    {
        foreach (var table in Source.Tables.Values)
        {
            var main = Source.Forms.Single(f => f.Entity == table.LogicalName && f.Type == "main").DataFields.ToHashSet();
            foreach (var column in table.Columns.Values.Where(c => c.IsCustom && c.Element.Element("CalculationOf") is null))
                Assert.True(main.Contains(column.LogicalName), $"{table.LogicalName}.{column.LogicalName} is not on the main form");
        }
    }

    [Fact]
    public void Every_subgrid_points_at_an_existing_table_view_and_relationship()
    {
        var subgrids = Source.Forms.SelectMany(f => f.Subgrids.Select(s => (Form: f, Control: s))).ToList();
        Assert.NotEmpty(subgrids);
        foreach (var (form, control) in subgrids)
        {
            var p = control.Element("parameters")!;
            var target = (string)p.Element("TargetEntityType")!;
            Assert.True(Source.Table(target) is not null, $"{form.Path}: unknown subgrid table {target}");
            var view = Source.Views.SingleOrDefault(v => v.Id == SolutionSource.IdOf((string)p.Element("ViewId")!));
            Assert.True(view is not null && view.Entity == target, $"{form.Path}: subgrid view {(string?)p.Element("ViewId")} is not a view of {target}");
            var relationship = (string?)p.Element("RelationshipName");
            if (!string.IsNullOrEmpty(relationship)) Assert.Contains(Source.Relationships, r => r.Name == relationship);
            var chart = (string?)p.Element("VisualizationId");
            if (!string.IsNullOrEmpty(chart)) Assert.Contains(Source.Charts, c => c.Id == SolutionSource.IdOf(chart) && c.Entity == target);
        }
    }

    [Fact]
    public void Every_custom_table_has_active_quick_find_lookup_associated_and_advanced_find_views()
    {
        foreach (var table in Source.Tables.Values.Where(t => t.IsCustom))
        {
            var views = Source.Views.Where(v => v.Entity == table.LogicalName).ToList();
            Assert.Contains(views, v => v.QueryType == 0 && v.IsDefault);
            Assert.Single(views, v => v.QueryType == 4 && v.IsQuickFind);
            Assert.Single(views, v => v.QueryType == 64);
            Assert.Single(views, v => v.QueryType == 2);
            Assert.Single(views, v => v.QueryType == 1);
        }
        foreach (var table in Source.Tables.Values.Where(t => !t.IsCustom))
            Assert.Contains(Source.Views, v => v.Entity == table.LogicalName && v.QueryType == 0);
    }

    [Theory]
    [InlineData("contact", "Alumni by faculty")]
    [InlineData("contact", "Recently imported graduates")]
    [InlineData("alm_networkmembership", "Active members")]
    [InlineData("alm_networkmembership", "Left networks")]
    [InlineData("alm_consent", "Consents expiring in 30 days")]
    public void The_pilot_views_exist(string table, string name) =>
        Assert.Contains(Source.Views, v => v.Entity == table && v.Names.GetValueOrDefault(SolutionSource.English) == name);

    [Fact]
    public void Every_column_of_a_view_fetch_and_layout_exists()
    {
        foreach (var view in Source.Views)
        {
            Assert.Equal(view.Entity, (string?)view.Fetch.Element("entity")!.Attribute("name"));
            var (columns, aliases) = FetchColumns(view.Fetch);
            foreach (var (table, column) in columns)
                Assert.True(Source.HasColumn(table, column), $"{view.Path}: fetch names {table}.{column}");
            Assert.NotNull(view.Grid);
            var row = view.Grid!.Element("row")!;
            Assert.Equal(view.Entity + "id", (string?)row.Attribute("id"));
            foreach (var cell in row.Elements("cell").Select(c => (string)c.Attribute("name")!))
            {
                if (cell.Contains('.'))
                {
                    var parts = cell.Split('.');
                    Assert.True(aliases.TryGetValue(parts[0], out var linked) && Source.HasColumn(linked, parts[1]), $"{view.Path}: layout cell {cell}");
                    Assert.Contains((linked!, parts[1]), columns);
                }
                else
                {
                    Assert.True(Source.HasColumn(view.Entity, cell), $"{view.Path}: layout cell {cell}");
                    Assert.Contains((view.Entity, cell), columns); // a cell shows a fetched column
                }
            }
        }
    }

    [Fact]
    public void Quick_find_views_search_text_columns()
    {
        foreach (var view in Source.Views.Where(v => v.IsQuickFind))
        {
            var find = view.Fetch.Descendants("filter").Single(f => (string?)f.Attribute("isquickfindfields") == "1");
            Assert.NotEmpty(find.Elements("condition"));
            foreach (var c in find.Elements("condition"))
            {
                Assert.Equal("like", (string?)c.Attribute("operator"));
                Assert.Equal("nvarchar", Source.Table(view.Entity)!.Columns[(string)c.Attribute("attribute")!].Type);
            }
        }
    }

    [Fact]
    public void Every_chart_fetch_names_existing_columns_and_its_category_and_measures()
    {
        Assert.True(Source.Charts.Count >= 6);
        foreach (var chart in Source.Charts)
        {
            Assert.StartsWith($"Entities/{Source.Table(chart.Entity)!.SchemaName}/Visualizations/", chart.Path);
            Assert.Equal("true", (string?)chart.Fetch.Attribute("aggregate"));
            Assert.Equal(chart.Entity, (string?)chart.Fetch.Element("entity")!.Attribute("name"));
            var (columns, _) = FetchColumns(chart.Fetch);
            foreach (var (table, column) in columns)
                Assert.True(Source.HasColumn(table, column), $"{chart.Path}: fetch names {table}.{column}");
            var aliases = chart.Fetch.Descendants("attribute").ToDictionary(a => (string)a.Attribute("alias")!, a => a);
            var category = chart.DataDefinition.Element("categorycollection")!.Element("category")!;
            Assert.Equal("true", (string?)aliases[(string)category.Attribute("alias")!].Attribute("groupby"));
            var measures = category.Element("measurecollection")!.Elements("measure").Select(m => (string)m.Attribute("alias")!).ToList();
            Assert.NotEmpty(measures);
            foreach (var m in measures) Assert.NotNull(aliases[m].Attribute("aggregate"));
            var series = chart.Element.Element("presentationdescription")!.Element("Chart")!.Element("Series")!.Elements("Series").Count();
            Assert.Equal(measures.Count, series);
        }
    }

    [Fact]
    public void The_membership_target_chart_reads_the_configured_target_and_hard_codes_no_number()
    {
        var chart = Source.Charts.Single(c => c.Names[SolutionSource.English] == "Membership against target");
        Assert.Equal("alm_alumnidefinition", chart.Entity);
        var aggregated = chart.Fetch.Descendants("attribute").Where(a => a.Attribute("aggregate") is not null).Select(a => (string)a.Attribute("name")!).ToList();
        Assert.Contains("alm_membershiptarget", aggregated);
        Assert.Contains("alm_membercount", aggregated);
        Assert.DoesNotContain("22700", chart.Element.ToString());
        Assert.DoesNotContain("227000", chart.Element.ToString());
        Assert.True(Source.HasColumn("alm_alumnidefinition", "alm_potentialmemberbase"));
        Assert.True(Source.HasColumn("alm_alumnidefinition", "alm_membershiptargetpercent"));
    }

    [Theory]
    [InlineData("Active members per faculty")]
    [InlineData("Active members per network")]
    [InlineData("Consent coverage per channel")]
    [InlineData("Engagement by type and estimated value")]
    [InlineData("Graduates imported per month")]
    public void The_pilot_charts_exist_and_are_on_the_dashboard(string name)
    {
        var chart = Source.Charts.Single(c => c.Names[SolutionSource.English] == name);
        var dashboard = Source.Dashboards.Single();
        Assert.Contains(dashboard.Subgrids, s => SolutionSource.IdOf((string?)s.Element("parameters")!.Element("VisualizationId")) == chart.Id);
    }

    [Fact]
    public void The_dashboard_shows_every_chart_through_one_of_its_views()
    {
        var dashboard = Source.Dashboards.Single();
        Assert.Equal(Source.Charts.Count, dashboard.Subgrids.Count());
        foreach (var control in dashboard.Subgrids)
        {
            var p = control.Element("parameters")!;
            Assert.Equal("Chart", (string?)p.Element("ChartGridMode"));
            var target = (string)p.Element("TargetEntityType")!;
            Assert.Contains(Source.Views, v => v.Id == SolutionSource.IdOf((string)p.Element("ViewId")!) && v.Entity == target);
            Assert.Contains(Source.Charts, c => c.Id == SolutionSource.IdOf((string)p.Element("VisualizationId")!) && c.Entity == target);
        }
    }
}
