#:property TreatWarningsAsErrors=false
#:property ImplicitUsings=enable
#:property Nullable=enable
// Checks a solution zip packed by Microsoft's SolutionPackager, with the packager's own log:
//  1. every root component of the packed solution.xml is in the package;
//  2. every warning in the log is one this project has explained (docs/solution.md, "Packager
//     warnings"): today only "Following root components are not defined in customizations" for
//     components that are in the package, but not where the packager's RootComponentsValidation
//     looks (it matches top-level component collections only, so forms, views and charts that
//     the solution adds to a system table it includes as a shell, and environment variable
//     definitions, which live in their own folder, are reported although they are packed).
// Prints what it found; exit 1 on a missing component or an unexplained warning.
//
//   dotnet run --file tools/packager/check-package.cs -- PACKAGE.zip PACK.log
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

if (args.Length != 2) { Console.Error.WriteLine("usage: check-package PACKAGE.zip PACK.log"); return 2; }
using var zip = ZipFile.OpenRead(args[0]);
XDocument Entry(string name) { using var s = zip.GetEntry(name)!.Open(); return XDocument.Load(s); }
var solution = Entry("solution.xml");
var customizations = Entry("customizations.xml").Root!;
var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.OrdinalIgnoreCase);

static string Id(string? value) => Guid.TryParse(value, out var g) ? g.ToString("B") : value?.ToLowerInvariant() ?? "";
IEnumerable<string> Values(string element) => customizations.Descendants().Where(e => e.Name.LocalName.Equals(element, StringComparison.OrdinalIgnoreCase)).Select(e => Id(e.Value.Trim()));
IEnumerable<string> Attributes(string element, string attribute) => customizations.Descendants(element).Select(e => Id((string?)e.Attribute(attribute)));

// Where each kind of component is found in the package, and whether that place is where the
// packager's root-component validation looks (top-level collections) or not (subcomponents).
var topLevel = new Dictionary<int, HashSet<string>>
{
    [1] = customizations.Element("Entities")!.Elements("Entity").Select(e => Id(e.Element("Name")!.Value)).ToHashSet(),
    [9] = customizations.Element("optionsets")!.Elements("optionset").Select(e => Id((string?)e.Attribute("Name"))).ToHashSet(),
    [20] = Attributes("Role", "id").ToHashSet(),
    [60] = customizations.Element("Dashboards")?.Elements("Dashboard").Select(d => Id(d.Element("FormId")?.Value)).ToHashSet() ?? [],
    [62] = Values("SiteMapUniqueName").ToHashSet(),
    [70] = Attributes("FieldSecurityProfile", "fieldsecurityprofileid").ToHashSet(),
    [80] = customizations.Descendants("AppModule").Select(a => Id(a.Element("UniqueName")?.Value)).ToHashSet(),
    [91] = Attributes("PluginAssembly", "PluginAssemblyId").ToHashSet(),
    [92] = Attributes("SdkMessageProcessingStep", "SdkMessageProcessingStepId").ToHashSet(),
};
var subcomponents = new Dictionary<int, HashSet<string>>
{
    [60] = Values("formid").ToHashSet(),
    [26] = Values("savedqueryid").ToHashSet(),
    [59] = Values("savedqueryvisualizationid").ToHashSet(),
    [380] = entries.Where(e => e.StartsWith("environmentvariabledefinitions/", StringComparison.OrdinalIgnoreCase)).Select(e => e.Split('/')[1].ToLowerInvariant()).ToHashSet(),
};
bool In(Dictionary<int, HashSet<string>> map, int type, string key) => map.TryGetValue(type, out var set) && set.Contains(key);

var failures = 0;
var roots = solution.Descendants("RootComponent").Select(r => (Type: (int)r.Attribute("type")!, Key: Id((string?)r.Attribute("id") ?? (string?)r.Attribute("schemaName")))).ToList();
var underSubcomponents = new HashSet<string>();
foreach (var (type, key) in roots)
{
    if (In(topLevel, type, key)) continue;
    if (In(subcomponents, type, key)) { underSubcomponents.Add(key); continue; }
    Console.WriteLine($"root component type {type} '{key}' is not in the package");
    failures++;
}
Console.WriteLine($"{roots.Count} root components, all in the package{(failures > 0 ? " except the above" : "")} ({underSubcomponents.Count} as subcomponents or in their own folder).");

// The log: explained warnings name only components found above as subcomponents.
var listed = new Regex(@"^\s*Type='(?<type>[^']+)', Id \(or schema name\)='(?<key>[^']+)'\.\s*$");
var explainedHeader = "Following root components are not defined in customizations:";
var inExplainedList = false;
var explained = 0;
foreach (var line in File.ReadLines(args[1]).Select(l => l.TrimEnd()))
{
    if (line.Length == 0) continue;
    if (line.Trim() == explainedHeader) { inExplainedList = true; continue; }
    var m = listed.Match(line);
    if (inExplainedList && m.Success)
    {
        var key = Id(m.Groups["key"].Value.Replace("EnvironmentVariableDefinition-", "", StringComparison.Ordinal));
        if (underSubcomponents.Contains(key)) { explained++; continue; }
        Console.WriteLine($"packager: {line.Trim()} — and it is not in the package");
        failures++;
        continue;
    }
    inExplainedList = false;
    if (Regex.IsMatch(line, @"^\s*\d+ warnings? encountered\s*$")) continue;
    Console.WriteLine($"packager (unexplained): {line.Trim()}");
    failures++;
}
Console.WriteLine($"packager warnings: {explained} explained (packed subcomponents the packager's root-component check cannot see), {failures} problems.");
return failures == 0 ? 0 : 1;
