using System;
using System.Collections.Generic;

namespace AlumniCrm.Domain.Privacy;

/// <summary>
/// What the glue found about the person to erase: for every table in <see cref="PersonalDataCatalog"/>
/// the ids of the rows whose <see cref="PersonalDataTable.PersonColumn"/> refers to the person (an empty
/// list when none). The contact table lists the person's own id.
/// </summary>
public sealed record ErasureFindings
{
    public Guid PersonId { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyList<Guid>> RowsByTable { get; init; } =
        new Dictionary<string, IReadOnlyList<Guid>>();

    /// <summary>How many suppression entries will be written (one per FS identifier the person had).</summary>
    public int SuppressionEntries { get; init; }
}
