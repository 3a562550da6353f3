namespace AlumniCrm.DataImport.Import;

/// <summary>The journal next to the input does not allow this run (exists without --resume, or belongs to another file).</summary>
public sealed class JournalMismatchException(string message) : Exception(message);
