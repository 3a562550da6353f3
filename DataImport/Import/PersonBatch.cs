using AlumniCrm.DataImport.Model;

namespace AlumniCrm.DataImport.Import;

/// <summary>A numbered slice of the file's people (with all their rows): the unit of writing, journalling and resuming.</summary>
public sealed record PersonBatch(int Index, IReadOnlyList<PersonRows> People)
{
    public string Id => $"people:{Index}";

    public int RowCount => People.Sum(p => p.Units.Count);

    /// <summary>People in file order (first appearance), then sliced; the same file and size always give the same batches.</summary>
    public static IReadOnlyList<PersonBatch> Slice(IReadOnlyList<ImportUnit> units, int batchSize)
    {
        var byStudent = new Dictionary<string, List<ImportUnit>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var unit in units)
        {
            if (!byStudent.TryGetValue(unit.Person.StudentNumber, out var list))
            {
                byStudent[unit.Person.StudentNumber] = list = [];
                order.Add(unit.Person.StudentNumber);
            }

            list.Add(unit);
        }

        return order.Select(student => new PersonRows(byStudent[student][^1].Person, byStudent[student]))
            .Chunk(batchSize)
            .Select((people, index) => new PersonBatch(index, people))
            .ToList();
    }
}
