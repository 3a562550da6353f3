using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>
/// A row an operation writes (one for Create/Update/Delete…, one per item of a *Multiple):
/// its id once known, the stored row before and after (for entity images), and the shared
/// variables of the per-item steps run through the Create↔CreateMultiple equivalence.
/// </summary>
internal sealed class OperationRecord
{
    public OperationRecord(string table, Guid id)
    {
        Table = table;
        Id = id;
    }

    public string Table { get; }
    public Guid Id { get; set; }
    public bool Created { get; set; }
    public Entity? Before { get; set; }
    public Entity? After { get; set; }
    public ParameterCollection SharedVariables { get; } = new();
}
