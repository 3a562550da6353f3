using System.Text.Unicode;
using AlumniCrm.DataImport.Mapping;
using CsvHelper;

namespace AlumniCrm.DataImport.Reading;

/// <summary>
/// Opens an FS export and streams its rows: detects the encoding and the delimiter, maps the header,
/// then reads one row at a time with CsvHelper. Only mapped columns are ever read, so dropped
/// national identity number columns never reach memory as strings.
/// </summary>
public sealed class GraduateFileReader : IDisposable
{
    // A record longer than this is taken as an unclosed quote or a binary file, not a graduate row.
    private const int MaxRecordBytes = 1024 * 1024;

    private readonly CsvReader csv;
    private readonly (CanonicalField Field, int Column)[] mappedColumns;
    private readonly Dictionary<long, string> malformedByRecordNumber;
    private readonly SourceRow row = new();

    private GraduateFileReader(string path, CsvReader csv, Dictionary<long, string> malformedByRecordNumber, SourceEncoding encoding, char delimiter, ColumnMapping mapping)
    {
        Path = path;
        this.csv = csv;
        this.malformedByRecordNumber = malformedByRecordNumber;
        Encoding = encoding;
        Delimiter = delimiter;
        Mapping = mapping;
        mappedColumns = mapping.MappedFields().Select(mapped => (mapped.Field, mapping.ColumnIndexOf(mapped.Field))).ToArray();
    }

    public string Path { get; }

    public SourceEncoding Encoding { get; }

    public char Delimiter { get; }

    public ColumnMapping Mapping { get; }

    /// <summary>Opens <paramref name="path"/>; throws <see cref="InputUnreadableException"/> with a user-facing reason when it cannot.</summary>
    public static GraduateFileReader Open(string path, MappingFile? mappingFile = null)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputUnreadableException(DescribeOpenFailure(path, exception), exception);
        }

        try
        {
            var prefix = new byte[EncodingDetector.PrefixLength];
            var length = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
            var prefixIsWholeFile = length < prefix.Length;
            var encoding = EncodingDetector.Detect(prefix.AsSpan(0, length), prefixIsWholeFile);
            var headerLine = HeaderLine.Find(prefix.AsSpan(0, length), encoding, prefixIsWholeFile);
            var delimiter = DelimiterDetector.Detect(headerLine)
                ?? throw new InputUnreadableException(
                    "The header line has no semicolon, comma or tab: cannot tell the columns apart. Is the first line the header?");
            stream.Position = 0;

            // CsvHelper reports malformed records while scanning, possibly ahead of the record being read.
            var malformed = new Dictionary<long, string>();
            var options = new CsvReaderOptions
            {
                Separator = delimiter,
                HasHeader = true,
                Encoding = encoding.IsUtf8 ? null : encoding.Encoding,
                TrimWhitespace = true,
                TrackLineNumbers = true,
                // FS exports have no line breaks inside values; one stray quote must not swallow the rest of the file.
                AllowLineBreaksInQuotes = false,
                MaxRecordSize = MaxRecordBytes,
                IncludeValuesInExceptions = false,
                DetectSeparatorHint = false,
                OnMalformedRecord = record => malformed[record.RecordNumber] = DescribeMalformed(record.Reason),
            };
            var csv = CsvReader.Create(stream, options, leaveOpen: false);
            var headers = ReadHeaders(csv);
            var mapping = ColumnMapper.Map(headers, mappingFile);
            return new GraduateFileReader(path, csv, malformed, encoding, delimiter, mapping);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Streams the data rows. The same <see cref="SourceRow"/> instance is returned each time,
    /// refilled. Throws <see cref="InputUnreadableException"/> when the rest of the file cannot be read.
    /// </summary>
    public IEnumerable<SourceRow> ReadRows()
    {
        while (ReadNext())
        {
            yield return row;
        }
    }

    public void Dispose() => csv.Dispose();

    private bool ReadNext()
    {
        try
        {
            if (!csv.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException exception)
        {
            throw new InputUnreadableException(
                $"Line {exception.LineNumber}: a record longer than {MaxRecordBytes / 1024} KiB, probably an unclosed quote. Reading stopped there.", exception);
        }
        catch (IOException exception)
        {
            throw new InputUnreadableException($"Reading the file failed: {exception.Message}", exception);
        }

        var rowNumber = checked((int)csv.RowNumber);
        // CsvHelper numbers records with the header as record 1.
        malformedByRecordNumber.Remove(rowNumber + 1, out var malformedReason);
        row.Reset(rowNumber, csv.LineNumber, csv.FieldCount, malformedReason);
        foreach (var (field, column) in mappedColumns)
        {
            // Only UTF-8 input can hold invalid bytes; CsvHelper transcodes single-byte encodings.
            var isInvalidText = Encoding.IsUtf8 && !Utf8.IsValid(csv.GetSpan(column));
            row.Set(field, isInvalidText ? string.Empty : csv.GetString(column), isInvalidText);
        }

        return true;
    }

    private static IReadOnlyList<string> ReadHeaders(CsvReader csv)
    {
        try
        {
            var headers = csv.Headers;
            if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
            {
                throw new InputUnreadableException("The file has no header line.");
            }

            return headers.Select(header => header.Trim()).ToArray();
        }
        catch (CsvFormatException exception)
        {
            throw new InputUnreadableException("The header line is malformed (check its quotes).", exception);
        }
    }

    private static string DescribeMalformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted value",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a value",
        CsvMalformedReason.UnterminatedQuote => "a quoted value that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a quoted value that is not closed on its line",
        CsvMalformedReason.FieldCountMismatch => "a different number of values than the header",
        _ => "broken quoting",
    };

    private static string DescribeOpenFailure(string path, Exception exception) => exception switch
    {
        FileNotFoundException => $"The file '{path}' does not exist.",
        DirectoryNotFoundException => $"The folder of '{path}' does not exist.",
        UnauthorizedAccessException => $"The file '{path}' cannot be opened: access denied.",
        _ => $"The file '{path}' cannot be opened: {exception.Message}",
    };
}
