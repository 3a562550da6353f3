namespace AlumniCrm.DataImport.Connection;

/// <summary>A connection string or environment URL the user must correct. The message never contains a secret.</summary>
public sealed class ConnectionStringException(string message) : Exception(message);
