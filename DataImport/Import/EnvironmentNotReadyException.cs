namespace AlumniCrm.DataImport.Import;

/// <summary>The environment lacks something the importer needs (e.g. the solution is not imported); the message says what to do.</summary>
public sealed class EnvironmentNotReadyException(string message) : Exception(message);
