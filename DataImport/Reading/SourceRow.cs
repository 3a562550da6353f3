using AlumniCrm.DataImport.Mapping;

namespace AlumniCrm.DataImport.Reading;

/// <summary>
/// The mapped values of one data row, as text. The reader reuses one instance for every row: read
/// what you need before asking for the next. Dropped columns are never read into it.
/// </summary>
public sealed class SourceRow
{
    private readonly string?[] values = new string?[FieldCatalogue.Count];
    private readonly bool[] invalidText = new bool[FieldCatalogue.Count];

    /// <summary>1-based data row number (the header is not counted).</summary>
    public int RowNumber { get; private set; }

    /// <summary>1-based physical line where the row starts.</summary>
    public long Line { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>Set when the row's quoting is broken (the values are read as well as the reader could).</summary>
    public string? MalformedReason { get; private set; }

    /// <summary>The trimmed value of the field, "" when empty, or null when the file has no column for it.</summary>
    public string? this[CanonicalField field] => values[(int)field];

    /// <summary>Whether the field's bytes were not valid in the file's encoding (a file mixing encodings).</summary>
    public bool HasInvalidText(CanonicalField field) => invalidText[(int)field];

    internal void Reset(int rowNumber, long line, int fieldCount, string? malformedReason)
    {
        RowNumber = rowNumber;
        Line = line;
        FieldCount = fieldCount;
        MalformedReason = malformedReason;
        Array.Clear(values);
        Array.Clear(invalidText);
    }

    internal void Set(CanonicalField field, string value, bool isInvalidText)
    {
        values[(int)field] = value;
        invalidText[(int)field] = isInvalidText;
    }
}
