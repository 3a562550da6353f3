namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>A plugin type of the solution, resolved to the CLR type in the loaded assembly.</summary>
public sealed record PluginTypeRegistration(Guid Id, string Name, Type ClrType);
