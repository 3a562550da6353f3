namespace AlumniCrm.Domain.Privacy;

/// <summary>The FS identifiers a person can be recognised by (never the national identity number).</summary>
public enum FsIdentifierKind
{
    /// <summary>FS <c>studentnr</c> (<c>alm_fsstudentnumber</c>).</summary>
    StudentNumber,

    /// <summary>FS <c>personlopenr</c> (<c>alm_fspersonnumber</c>).</summary>
    PersonNumber,
}
