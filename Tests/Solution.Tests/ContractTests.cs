extern alias generator;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AlumniCrm.Solution.Tests;

/// <summary>
/// The schema contract (Contract/): generated from Solution/ at build time, it is the only source of
/// table, column, key, relationship and option names in code. These tests run the generator the way
/// the compiler does and show that a name the solution lacks does not compile.
/// </summary>
public class ContractTests
{
    private static readonly SolutionSource Source = SolutionSource.Current;

    [Fact]
    public void Every_table_column_key_and_choice_of_the_solution_is_in_the_contract()
    {
        var compilation = Compile("class Probe {}", out var generated);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        foreach (var table in Source.Tables.Values)
        {
            Assert.Contains($"internal static class {table.LogicalName}", generated);
            foreach (var column in table.Columns.Keys) Assert.Contains($"public const string {column} = \"{column}\";", generated);
            foreach (var key in table.Keys) Assert.Contains($"public const string {key.Name} = \"{key.Name}\";", generated);
        }

        foreach (var (name, optionSet) in Source.OptionSets)
            foreach (var value in optionSet.Options.Keys)
                Assert.Contains($" = {value};", generated.Split($"internal static class {name}")[1].Split("internal static class")[0]);
        Assert.Contains("public const string EntitySetName = \"alm_suppressionkeys\";", generated);
    }

    [Fact]
    public void A_name_the_solution_does_not_have_is_a_compile_error()
    {
        var good = Compile("class Probe { const string C = AlumniCrm.Contract.Tables.contact.Columns.alm_fsstudentnumber; const int V = AlumniCrm.Contract.OptionSets.alm_degreelevel.Master; }", out _);
        var bad = Compile("class Probe { const string C = AlumniCrm.Contract.Tables.contact.Columns.alm_fsstudentnummer; }", out _);

        Assert.Empty(good.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var error = Assert.Single(bad.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("alm_fsstudentnummer", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Compilation Compile(string code, out string generated)
    {
        var root = Source.RepositoryRoot;
        var files = Directory.GetFiles(Path.Combine(root, "Solution", "Entities"), "Entity.xml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "Solution", "OptionSets"), "*.xml"))
            .Concat(Directory.GetFiles(Path.Combine(root, "Solution", "Other", "Relationships"), "*.xml"))
            .Append(Path.Combine(root, "Contract", "platform-columns.txt"))
            .Select(path => (AdditionalText)new FileText(path)).ToImmutableArray();
        var compilation = CSharpCompilation.Create("Probe", [CSharpSyntaxTree.ParseText(code)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create([new generator::AlumniCrm.Contract.ContractGenerator().AsSourceGenerator()], files);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        generated = string.Concat(output.SyntaxTrees.Skip(1).Select(t => t.ToString()));
        return output;
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }
}
