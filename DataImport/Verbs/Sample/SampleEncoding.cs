namespace AlumniCrm.DataImport.Verbs.Sample;

/// <summary>The encodings <c>sample</c> writes, as FS exports come.</summary>
public enum SampleEncoding
{
    /// <summary>UTF-8 without byte order mark.</summary>
    Utf8,

    /// <summary>UTF-8 with byte order mark (as Excel saves "CSV UTF-8").</summary>
    Utf8Bom,

    /// <summary>Windows-1252, the ISO-8859-1 superset older exports use.</summary>
    Latin1,
}
