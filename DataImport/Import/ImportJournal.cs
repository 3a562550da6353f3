using System.Text.Json;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// The crash journal next to the input (<c>FILE.import-journal</c>, JSON lines): a header naming
/// the file's SHA-256 and the batch size, then one line per committed batch, flushed as it is
/// written. <c>--resume</c> skips the batches it lists; a batch that was sent but not journalled is
/// sent again, which upserts by key make harmless. Deleted when an import finishes.
/// </summary>
public sealed class ImportJournal : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly object gate = new();
    private readonly StreamWriter writer;
    private readonly Dictionary<string, JournalEntry> committed;

    private ImportJournal(string path, StreamWriter writer, Dictionary<string, JournalEntry> committed)
    {
        Path = path;
        this.writer = writer;
        this.committed = committed;
    }

    public string Path { get; }

    public IReadOnlyDictionary<string, JournalEntry> Committed => committed;

    public static string PathFor(string inputPath) => inputPath + ".import-journal";

    /// <summary>Starts a new journal, or (resume) continues the one there. Throws <see cref="JournalMismatchException"/> when it does not fit.</summary>
    public static ImportJournal Open(string inputPath, string sha256, int batchSize, bool resume)
    {
        var path = PathFor(inputPath);
        var committed = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            if (!resume)
            {
                throw new JournalMismatchException(
                    $"An interrupted import of this file left its journal ({System.IO.Path.GetFileName(path)}). Run again with --resume to finish it, or delete the journal to start over.");
            }

            var lines = File.ReadAllLines(path);
            var header = lines.Length > 0 ? TryRead<JournalHeader>(lines[0]) : null;
            if (header is null || header.Sha256 != sha256 || header.BatchSize != batchSize)
            {
                throw new JournalMismatchException("The journal belongs to another version of the file or another --batch-size; delete it to start over.");
            }

            // A line cut short by the crash is ignored: that batch is simply sent again.
            foreach (var line in lines.Skip(1))
            {
                if (TryRead<JournalEntry>(line) is { } entry) committed[entry.Batch] = entry;
            }

            return new ImportJournal(path, new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read)), committed);
        }

        var created = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read));
        created.WriteLine(JsonSerializer.Serialize(new JournalHeader(sha256, batchSize, DateTimeOffset.UtcNow), Json));
        created.Flush();
        return new ImportJournal(path, created, committed);
    }

    public bool IsCommitted(string batch) => committed.ContainsKey(batch);

    public void Record(JournalEntry entry)
    {
        lock (gate)
        {
            writer.WriteLine(JsonSerializer.Serialize(entry, Json));
            writer.Flush();
            committed[entry.Batch] = entry;
        }
    }

    /// <summary>The import finished: the journal is no longer needed.</summary>
    public void Complete()
    {
        Dispose();
        File.Delete(Path);
    }

    public void Dispose() => writer.Dispose();

    private static T? TryRead<T>(string line)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record JournalHeader(string Sha256, int BatchSize, DateTimeOffset StartedOn);
}
