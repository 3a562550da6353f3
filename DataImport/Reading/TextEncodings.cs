using System.Text;

namespace AlumniCrm.DataImport.Reading;

/// <summary>The encodings FS exports come in.</summary>
public static class TextEncodings
{
    static TextEncodings()
    {
        // Windows-1252 is not built into .NET; the code-pages provider ships with the runtime.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>Windows-1252, the superset of ISO-8859-1 that Excel and older FS exports write.</summary>
    public static Encoding Windows1252 { get; }

    /// <summary>UTF-8 that throws on invalid bytes instead of replacing them.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8 with a byte order mark, for writing files Excel opens correctly.</summary>
    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>UTF-8 without a byte order mark.</summary>
    public static Encoding Utf8WithoutBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
