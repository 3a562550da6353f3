namespace AlumniCrm.Domain.Privacy;

/// <summary>What erasing a person does to the rows of a table that refer to them.</summary>
public enum ErasureAction
{
    /// <summary>The rows are deleted.</summary>
    DeleteRows,

    /// <summary>The rows stay for statistics; the columns marked <see cref="ColumnErasure.Clear"/> are emptied,
    /// including the link to the person.</summary>
    AnonymiseRows,
}
