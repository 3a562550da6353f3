using AlumniCrm.LocalDataverse.Metadata;

namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>Reads the alternate keys of <c>Entities/*/Entity.xml</c> (<c>EntityKeys/EntityKey</c>).</summary>
internal static class EntityKeyReader
{
    public static IReadOnlyList<AlternateKey> Read(string solutionFolder)
    {
        var folder = Path.Combine(solutionFolder, "Entities");
        if (!Directory.Exists(folder)) return Array.Empty<AlternateKey>();
        var keys = new List<AlternateKey>();
        foreach (var file in Directory.EnumerateFiles(folder, "Entity.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var root = Xml.Load(file);
            var entity = root.Element("EntityInfo")?.Element("entity");
            var schemaName = entity?.Attribute("Name")?.Value ?? Xml.Text(root, "Name");
            if (entity is null || schemaName is null) continue;
            var table = schemaName.ToLowerInvariant();
            foreach (var key in entity.Element("EntityKeys")?.Elements("EntityKey") ?? Enumerable.Empty<System.Xml.Linq.XElement>())
            {
                var name = Xml.Text(key, "LogicalName") ?? Xml.Text(key, "Name")?.ToLowerInvariant()
                    ?? throw new InvalidDataException($"{file}: an EntityKey has no LogicalName.");
                var columns = (key.Element("EntityKeyAttributes")?.Elements("AttributeName") ?? Enumerable.Empty<System.Xml.Linq.XElement>())
                    .Select(a => a.Value.Trim().ToLowerInvariant())
                    .ToList();
                if (columns.Count == 0) throw new InvalidDataException($"{file}: the key {name} has no EntityKeyAttributes.");
                keys.Add(new AlternateKey(table, name, columns));
            }
        }
        return keys;
    }
}
