using AlumniCrm.DataImport.Validation;

namespace AlumniCrm.DataImport.Mapping;

/// <summary>Which source column feeds each canonical field, and what was left out and why.</summary>
public sealed class ColumnMapping
{
    private readonly int[] columnIndexByField;

    internal ColumnMapping(IReadOnlyList<string> headers, int[] columnIndexByField, IReadOnlyList<string> droppedIdentityColumns, IReadOnlyList<ValidationIssue> notices)
    {
        Headers = headers;
        this.columnIndexByField = columnIndexByField;
        DroppedIdentityColumns = droppedIdentityColumns;
        Notices = notices;
    }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Names of the national identity number columns that were dropped unread.</summary>
    public IReadOnlyList<string> DroppedIdentityColumns { get; }

    /// <summary>File-level warnings: dropped identity columns, unused and ambiguous columns.</summary>
    public IReadOnlyList<ValidationIssue> Notices { get; }

    /// <summary>0-based source column of the field, or -1 when the file has none.</summary>
    public int ColumnIndexOf(CanonicalField field) => columnIndexByField[(int)field];

    public bool Has(CanonicalField field) => ColumnIndexOf(field) >= 0;

    /// <summary>The header name of the field's column, or its FS name when the file has none.</summary>
    public string ColumnNameOf(CanonicalField field)
    {
        var index = ColumnIndexOf(field);
        return index >= 0 ? Headers[index] : FieldCatalogue.Get(field).FsName;
    }

    public IEnumerable<(CanonicalField Field, string Column)> MappedFields() =>
        FieldCatalogue.All.Where(definition => Has(definition.Field)).Select(definition => (definition.Field, Headers[ColumnIndexOf(definition.Field)]));
}
