namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>Reads <c>PluginAssemblies/*/*.dll.data.xml</c>: the plugin types of each assembly.</summary>
internal static class PluginAssemblyReader
{
    public static IReadOnlyList<PluginTypeEntry> Read(string solutionFolder)
    {
        var folder = Path.Combine(solutionFolder, "PluginAssemblies");
        if (!Directory.Exists(folder)) return Array.Empty<PluginTypeEntry>();
        var entries = new List<PluginTypeEntry>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.dll.data.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var root = Xml.Load(file);
            var fullName = root.Attribute("FullName")?.Value ?? throw new InvalidDataException($"{file}: PluginAssembly has no FullName.");
            var assemblyName = fullName.Split(',')[0].Trim();
            foreach (var type in root.Element("PluginTypes")?.Elements("PluginType") ?? Enumerable.Empty<System.Xml.Linq.XElement>())
            {
                var id = Xml.Guid(type.Attribute("PluginTypeId")?.Value) ?? throw new InvalidDataException($"{file}: a PluginType has no PluginTypeId.");
                var name = type.Attribute("Name")?.Value
                    ?? type.Attribute("AssemblyQualifiedName")?.Value.Split(',')[0].Trim()
                    ?? throw new InvalidDataException($"{file}: PluginType {id} has no Name.");
                entries.Add(new PluginTypeEntry(id, name, assemblyName, file));
            }
        }
        return entries;
    }
}
