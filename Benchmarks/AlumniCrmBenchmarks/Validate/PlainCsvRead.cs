using CsvHelper;

namespace AlumniCrm.Benchmarks.Validate;

/// <summary>The baseline: CsvHelper reading every field of every row as a string, nothing else.</summary>
public static class PlainCsvRead
{
    public static long Run(string path)
    {
        var options = new CsvReaderOptions { Separator = ';', HasHeader = true };
        using var reader = CsvReader.Create(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), options, leaveOpen: false);
        long characters = 0;
        while (reader.Read())
        {
            for (var field = 0; field < reader.FieldCount; field++)
            {
                characters += reader.GetString(field).Length;
            }
        }

        return characters;
    }
}
