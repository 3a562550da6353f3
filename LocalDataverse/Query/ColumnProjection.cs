using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Query;

/// <summary>
/// A copy of a row with only the requested columns (all of them only for AllColumns), plus the
/// primary key, which Dataverse always returns. Columns without a value are absent, as in Dataverse.
/// </summary>
public static class ColumnProjection
{
    public static Entity Project(Entity row, ColumnSet columns)
    {
        var entity = new Entity(row.LogicalName, row.Id);
        var names = columns.AllColumns ? row.Attributes.Keys.ToList() : columns.Columns.ToList();
        foreach (var name in names)
        {
            if (row.Attributes.TryGetValue(name, out var value) && value is not null)
            {
                entity.Attributes[name] = ValueCloner.CloneValue(value);
            }
        }
        entity.Attributes[TableNames.PrimaryIdAttribute(row.LogicalName)] = row.Id;
        return entity;
    }
}
