using System.Text;

namespace AlumniCrm.DataImport.Reading;

/// <summary>The encoding a file was found to use, and how it was recognised.</summary>
/// <param name="Encoding">The encoding to decode the file with.</param>
/// <param name="Description">For the summary, e.g. "UTF-8 (byte order mark)".</param>
/// <param name="PreambleLength">Bytes of byte order mark at the start of the file.</param>
public sealed record SourceEncoding(Encoding Encoding, string Description, int PreambleLength)
{
    public bool IsUtf8 => Encoding.CodePage == Encoding.UTF8.CodePage;
}
