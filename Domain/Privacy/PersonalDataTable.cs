using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Privacy;

/// <summary>
/// A table holding personal data of alumni: how to find a person's rows (<see cref="PersonColumn"/>),
/// what erasure does to them and which columns an access request (export) includes.
/// </summary>
public sealed record PersonalDataTable(
    string LogicalName,
    string PersonColumn,
    ErasureAction Action,
    IReadOnlyList<PersonalDataColumn> Columns,
    string Why)
{
    public IReadOnlyList<string> ColumnNames => Columns.Select(c => c.LogicalName).ToList();

    public IReadOnlyList<string> ColumnsToClear =>
        Columns.Where(c => c.Erasure == ColumnErasure.Clear).Select(c => c.LogicalName).ToList();
}
