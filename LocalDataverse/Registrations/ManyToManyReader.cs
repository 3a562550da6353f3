using AlumniCrm.LocalDataverse.Metadata;

namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>
/// Reads the N:N relationships of <c>Other/Relationships/*.xml</c> (<c>EntityRelationshipType</c>
/// ManyToMany with First/Second/IntersectEntityName). The intersect columns are the two tables'
/// primary keys (<c>&lt;table&gt;id</c>), as Dataverse creates them.
/// </summary>
internal static class ManyToManyReader
{
    public static IReadOnlyList<ManyToManyRelationship> Read(string solutionFolder)
    {
        var folder = Path.Combine(solutionFolder, "Other", "Relationships");
        if (!Directory.Exists(folder)) return Array.Empty<ManyToManyRelationship>();
        var relationships = new List<ManyToManyRelationship>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            foreach (var element in Xml.Load(file).Elements("EntityRelationship"))
            {
                if (!string.Equals(Xml.Text(element, "EntityRelationshipType"), "ManyToMany", StringComparison.Ordinal)) continue;
                var name = element.Attribute("Name")?.Value ?? throw new InvalidDataException($"{file}: a relationship has no Name.");
                string Required(string child) => Xml.Text(element, child)?.ToLowerInvariant()
                    ?? throw new InvalidDataException($"{file}: the N:N relationship {name} has no {child}.");
                var first = Required("FirstEntityName");
                var second = Required("SecondEntityName");
                relationships.Add(new ManyToManyRelationship(name, Required("IntersectEntityName"), first, first + "id", second, second + "id"));
            }
        }
        return relationships;
    }
}
