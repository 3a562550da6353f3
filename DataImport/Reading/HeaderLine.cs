namespace AlumniCrm.DataImport.Reading;

/// <summary>Finds the header line (the first line that is not blank) in the decoded prefix of a file.</summary>
public static class HeaderLine
{
    private static readonly char[] LineBreaks = ['\r', '\n'];

    public static string Find(ReadOnlySpan<byte> prefix, SourceEncoding encoding, bool prefixIsWholeFile)
    {
        var text = encoding.Encoding.GetString(prefix[encoding.PreambleLength..]);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(LineBreaks, start);
            if (end < 0)
            {
                if (!prefixIsWholeFile)
                {
                    throw new InputUnreadableException(
                        $"The first line is longer than {EncodingDetector.PrefixLength / 1024} KiB: this does not look like a CSV file with a header.");
                }

                end = text.Length;
            }

            var line = text[start..end];
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line;
            }

            start = end + 1;
        }

        throw new InputUnreadableException("The file is empty: it has no header line.");
    }
}
