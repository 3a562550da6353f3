using AlumniCrm.DataImport.Model;

namespace AlumniCrm.DataImport.Import;

/// <summary>One person and every file row about them (one per qualification).</summary>
public sealed record PersonRows(PersonUnit Person, IReadOnlyList<ImportUnit> Units)
{
    public IReadOnlyList<int> RowNumbers => Units.Select(u => u.RowNumber).ToList();
}
