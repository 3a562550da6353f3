using AlumniCrm.Benchmarks;
using AlumniCrm.Benchmarks.Import;
using AlumniCrm.Benchmarks.Validate;

// Benchmarks by name: dotnet run -c Release --project Benchmarks/AlumniCrmBenchmarks -- NAME [options]
var benchmarks = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    [Validate227kBenchmark.Name] = Validate227kBenchmark.Run,
    [Import227kBenchmark.Name] = Import227kBenchmark.Run,
    [MemoryProbe.Name] = MemoryProbe.Run,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine($"usage: AlumniCrmBenchmarks <{string.Join('|', benchmarks.Keys.Where(name => name != MemoryProbe.Name))}> [options]");
    return 64;
}

return benchmark(args[1..]);
