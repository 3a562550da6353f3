using System;
using System.Collections.Generic;

namespace AlumniCrm.Domain.Privacy;

/// <summary>One write the glue performs, in <see cref="Order"/>: delete the rows, or clear the columns on them.</summary>
public sealed record ErasureStep(
    int Order,
    string TableLogicalName,
    ErasureAction Action,
    IReadOnlyList<Guid> RowIds,
    IReadOnlyList<string> ColumnsToClear);
