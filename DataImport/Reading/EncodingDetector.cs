using System.Text;

namespace AlumniCrm.DataImport.Reading;

/// <summary>
/// Decides the encoding of an FS export: a byte order mark wins; otherwise a prefix that decodes as
/// strict UTF-8 means UTF-8, and anything else is taken as Windows-1252 (ISO-8859-1 compatible).
/// </summary>
public static class EncodingDetector
{
    /// <summary>How much of the file is examined. Large enough to hold many rows with æøå.</summary>
    public const int PrefixLength = 64 * 1024;

    public static SourceEncoding Detect(ReadOnlySpan<byte> prefix, bool prefixIsWholeFile)
    {
        if (prefix.StartsWith(Utf8Bom))
        {
            return new SourceEncoding(Encoding.UTF8, "UTF-8 (byte order mark)", Utf8Bom.Length);
        }

        if (prefix.StartsWith(Utf16LittleEndianBom) || prefix.StartsWith(Utf16BigEndianBom))
        {
            throw new InputUnreadableException(
                "The file is UTF-16 encoded. Save it as UTF-8 or Windows-1252 (ISO-8859-1) CSV and try again.");
        }

        if (prefix.IndexOf((byte)0) >= 0)
        {
            throw new InputUnreadableException(
                "The file contains NUL bytes: it is not a text CSV file in a known encoding (UTF-8 or Windows-1252).");
        }

        if (IsStrictUtf8(prefix, prefixIsWholeFile))
        {
            return new SourceEncoding(Encoding.UTF8, "UTF-8", 0);
        }

        return new SourceEncoding(TextEncodings.Windows1252, "Windows-1252 (ISO-8859-1)", 0);
    }

    /// <summary>Reads the prefix of <paramref name="stream"/> and detects its encoding; the stream is rewound.</summary>
    public static SourceEncoding Detect(Stream stream)
    {
        var buffer = new byte[PrefixLength];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return Detect(buffer.AsSpan(0, length), length < buffer.Length);
    }

    private static bool IsStrictUtf8(ReadOnlySpan<byte> prefix, bool prefixIsWholeFile)
    {
        var decoder = TextEncodings.StrictUtf8.GetDecoder();
        try
        {
            // flush: false accepts a multi-byte character cut off at the end of the prefix.
            decoder.GetCharCount(prefix, flush: prefixIsWholeFile);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];
}
