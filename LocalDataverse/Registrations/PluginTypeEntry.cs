namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>A PluginType of a *.dll.data.xml, not yet resolved to a CLR type.</summary>
internal sealed record PluginTypeEntry(Guid Id, string Name, string AssemblyName, string Source);
