namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// Result of reading an FS <c>studienivakode</c>. An unknown code is a normal result (the importer
/// reports it on the row), never an exception.
/// </summary>
public sealed record FsStudyLevelMapping(string Code, DegreeLevel? Level, string Explanation)
{
    public bool IsKnown => Level.HasValue;
}
