#:property TreatWarningsAsErrors=false
#:property ImplicitUsings=enable
#:property Nullable=enable
// Compares two unpacked solution folders the way a reviewer of a `pac solution sync` diff would
// care about: the same files, and in each XML file the same elements, attributes and text, with
// element order, indentation and byte-order marks ignored. Prints one line per difference.
//
//   dotnet run --file tools/packager/compare-trees.cs -- EXPECTED_DIR ACTUAL_DIR
using System.Text;
using System.Xml.Linq;

if (args.Length != 2) { Console.Error.WriteLine("usage: compare-trees EXPECTED_DIR ACTUAL_DIR"); return 2; }
var (expected, actual) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
var left = Files(expected);
var right = Files(actual);
var differences = 0;
foreach (var missing in left.Except(right, StringComparer.Ordinal)) { Console.WriteLine($"only in {args[0]}: {missing}"); differences++; }
foreach (var extra in right.Except(left, StringComparer.Ordinal)) { Console.WriteLine($"only in {args[1]}: {extra}"); differences++; }
foreach (var file in left.Intersect(right, StringComparer.Ordinal))
{
    var a = Path.Combine(expected, file);
    var b = Path.Combine(actual, file);
    if (file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
    {
        var (ca, cb) = (Canonical(XElement.Load(a)), Canonical(XElement.Load(b)));
        if (ca != cb) { Console.WriteLine($"differs: {file}\n  {FirstDifference(ca, cb)}"); differences++; }
    }
    else if (!File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b))) { Console.WriteLine($"differs: {file}"); differences++; }
}
Console.WriteLine(differences == 0 ? "no differences" : $"{differences} differences");
return differences == 0 ? 0 : 1;

static List<string> Files(string root) =>
    Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToList();

// Element name, attributes sorted by name, trimmed text, children canonicalised and sorted.
static string Canonical(XElement e)
{
    var sb = new StringBuilder();
    sb.Append('<').Append(e.Name.LocalName);
    foreach (var a in e.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal))
        sb.Append(' ').Append(a.Name.LocalName).Append("=\"").Append(a.Value).Append('"');
    sb.Append('>');
    if (!e.HasElements) sb.Append(e.Value.Trim());
    foreach (var child in e.Elements().Select(Canonical).OrderBy(c => c, StringComparer.Ordinal)) sb.Append(child);
    return sb.Append("</").Append(e.Name.LocalName).Append('>').ToString();
}

static string FirstDifference(string a, string b)
{
    var i = 0;
    while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
    var from = Math.Max(0, i - 120);
    return $"expected …{a.Substring(from, Math.Min(240, a.Length - from))}…\n  actual   …{b.Substring(from, Math.Min(240, b.Length - from))}…";
}
