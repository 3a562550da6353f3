namespace AlumniCrm.Domain.Privacy;

/// <summary>What erasure does to one personal-data column.</summary>
public enum ColumnErasure
{
    /// <summary>Gone with its row (the table's rows are deleted).</summary>
    DeleteWithRow,

    /// <summary>Emptied on a row that is kept.</summary>
    Clear,

    /// <summary>Kept on a row whose link to the person is cleared: no longer personal once unlinked.</summary>
    Keep,
}
