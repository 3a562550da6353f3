namespace AlumniCrm.DataImport.Reading;

/// <summary>
/// The input file (or mapping file) cannot be read as an FS export. The message is written for the
/// user and never contains a value from the file.
/// </summary>
public sealed class InputUnreadableException : Exception
{
    public InputUnreadableException(string message)
        : base(message)
    {
    }

    public InputUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
