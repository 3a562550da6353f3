using System.Diagnostics;
using System.Xml.Linq;

namespace AlumniCrm.Solution.Tests;

/// <summary>
/// tools/solution/scaffold.cs only adds what its specification declares and Solution/ lacks; it
/// never rewrites what exists. Here CI compiles and runs it: against Solution/ (nothing may be
/// missing — no silent drift between the specification and the source), and against a copy that a
/// maker has changed the way SolutionPackager extracts a change from an environment.
/// </summary>
public class ScaffolderTests
{
    static readonly string Repository = SolutionSource.Current.RepositoryRoot;

    [Fact]
    public void Solution_holds_every_component_the_specification_declares()
    {
        var (exit, output) = Scaffold("--check");
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void A_maker_change_synced_back_survives_a_scaffold_run_and_missing_components_are_added()
    {
        using var copy = new TemporaryCopy(Path.Combine(Repository, "Solution"));

        // What `pac solution sync` brings back after a maker added the network's contact person's
        // e-mail as a new column and put it on the main form (packager shape, both files of the twin).
        var entityPath = Path.Combine(copy.Path, "Entities", "alm_network", "Entity.xml");
        var entity = XDocument.Load(entityPath);
        var attributes = entity.Root!.Element("EntityInfo")!.Element("entity")!.Element("attributes")!;
        var template = attributes.Elements("attribute").First(a => (string?)a.Element("Type") == "nvarchar" && (string?)a.Element("IsCustomField") == "1");
        var makerColumn = new XElement(template);
        makerColumn.SetAttributeValue("PhysicalName", "alm_contactemail");
        makerColumn.Element("Name")!.Value = "alm_contactemail";
        makerColumn.Element("LogicalName")!.Value = "alm_contactemail";
        attributes.Add(makerColumn);
        entity.Save(entityPath);
        var formFolder = Path.Combine(copy.Path, "Entities", "alm_network", "FormXml", "main");
        foreach (var formPath in Directory.GetFiles(formFolder, "*.xml"))
        {
            var form = XDocument.Load(formPath);
            var rows = form.Descendants("section").First().Element("rows")!;
            rows.Add(new XElement("row", new XElement("cell", new XAttribute("id", "{0e5cbd9b-6a55-4d8e-9b0a-2f1f6f0c6a11}"), new XAttribute("showlabel", "true"),
                new XElement("labels", new XElement("label", new XAttribute("description", "Contact e-mail"), new XAttribute("languagecode", "1033"))),
                new XElement("control", new XAttribute("id", "alm_contactemail"), new XAttribute("classid", "{4273EDBD-AC1D-40d3-9FB2-095C621B552D}"), new XAttribute("datafieldname", "alm_contactemail"), new XAttribute("disabled", "false")))));
            form.Save(formPath);
        }
        // …and relabelled a view the specification also declares.
        var viewPath = Directory.GetFiles(Path.Combine(copy.Path, "Entities", "alm_network", "SavedQueries"), "*.xml").First();
        var view = XDocument.Load(viewPath);
        view.Descendants("LocalizedName").First(l => (string?)l.Attribute("languagecode") == "1033").SetAttributeValue("description", "Networks (renamed by a maker)");
        view.Save(viewPath);
        // A component the specification declares is missing (say, a view deleted by mistake).
        var deletedView = Directory.GetFiles(Path.Combine(copy.Path, "Entities", "alm_network", "SavedQueries"), "*.xml").Last();
        var deletedContent = File.ReadAllText(Path.Combine(Repository, "Solution", Path.GetRelativePath(copy.Path, deletedView)));
        File.Delete(deletedView);
        var before = Snapshot(copy.Path);

        var (exit, output) = Scaffold("--solution", copy.Path);

        Assert.True(exit == 0, output);
        var after = Snapshot(copy.Path);
        foreach (var (file, content) in before)
            Assert.True(after.TryGetValue(file, out var now) && now == content, $"{file} was rewritten by the scaffolder:\n{output}");
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(deletedContent, after[Path.GetRelativePath(copy.Path, deletedView).Replace('\\', '/')]);
        Assert.Contains("alm_contactemail", after["Entities/alm_network/Entity.xml"], StringComparison.Ordinal);
        Assert.Contains("Networks (renamed by a maker)", after[Path.GetRelativePath(copy.Path, viewPath).Replace('\\', '/')], StringComparison.Ordinal);
    }

    static Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    static (int Exit, string Output) Scaffold(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "run", "--file", Path.Combine("tools", "solution", "scaffold.cs"), "--" }.Concat(arguments)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) { process.Kill(true); throw new TimeoutException("scaffold.cs did not finish in 5 minutes"); }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    sealed class TemporaryCopy : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "alumnicrm-scaffold-" + Guid.NewGuid().ToString("N"));

        public TemporaryCopy(string source)
        {
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
