namespace AlumniCrm.DataImport.Reading;

/// <summary>Finds the delimiter of an FS export from its header line: the most frequent of ; , and tab outside quotes.</summary>
public static class DelimiterDetector
{
    /// <summary>Candidates in order of preference when counts tie (FS and Excel in Norway write ';').</summary>
    public static IReadOnlyList<char> Candidates { get; } = [';', '\t', ','];

    public static char? Detect(string headerLine)
    {
        Span<int> counts = stackalloc int[Candidates.Count];
        var insideQuotes = false;
        foreach (var character in headerLine)
        {
            if (character == '"')
            {
                insideQuotes = !insideQuotes;
                continue;
            }

            if (insideQuotes)
            {
                continue;
            }

            for (var candidate = 0; candidate < Candidates.Count; candidate++)
            {
                if (character == Candidates[candidate])
                {
                    counts[candidate]++;
                }
            }
        }

        char? best = null;
        var bestCount = 0;
        for (var candidate = 0; candidate < Candidates.Count; candidate++)
        {
            if (counts[candidate] > bestCount)
            {
                best = Candidates[candidate];
                bestCount = counts[candidate];
            }
        }

        return best;
    }

    public static string Describe(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        ';' => "semicolon (;)",
        ',' => "comma (,)",
        _ => $"'{delimiter}'",
    };
}
