namespace AlumniCrm.DataImport.Model;

/// <summary>
/// One valid row of an FS graduate export, typed and normalised. Holds no national identity number:
/// FS identities are the student number and <c>personlopenr</c>.
/// </summary>
public sealed record GraduateRecord
{
    /// <summary>1-based data row the record came from.</summary>
    public required int RowNumber { get; init; }

    /// <summary>FS <c>studentnr</c>.</summary>
    public required string StudentNumber { get; init; }

    /// <summary>FS <c>personlopenr</c>, when the export has it.</summary>
    public string? PersonNumber { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public DateOnly? BirthDate { get; init; }

    public Gender? Gender { get; init; }

    /// <summary>Private e-mail, domain in lower case.</summary>
    public string? PrivateEmail { get; init; }

    /// <summary>Mobile number in E.164 form (+4791234567).</summary>
    public string? MobilePhone { get; init; }

    /// <summary>FS <c>studieprogramkode</c>, e.g. <c>ÅRSV-GOV</c>.</summary>
    public required string ProgrammeCode { get; init; }

    public string? ProgrammeName { get; init; }

    /// <summary>FS <c>studienivakode</c> as received.</summary>
    public string? StudyLevelCode { get; init; }

    /// <summary>FS <c>faknr</c>.</summary>
    public string? FacultyCode { get; init; }

    public string? FacultyName { get; init; }

    /// <summary>FS <c>instituttnr</c> as received (without the faculty number).</summary>
    public string? InstituteCode { get; init; }

    public string? InstituteName { get; init; }

    /// <summary>Date of the diploma (<c>dato_vitnemal</c>) or of completion.</summary>
    public DateOnly? AwardedOn { get; init; }

    public decimal? Credits { get; init; }

    /// <summary>FS <c>studentstatkode</c> in upper case, e.g. FULLFØRT.</summary>
    public string? StatusCode { get; init; }

    /// <summary>Completed: status FULLFØRT, or an award date when the export has no status column.</summary>
    public required bool IsCompleted { get; init; }

    public bool IsDeceased { get; init; }

    public AcademicTerm? Term { get; init; }

    /// <summary>The consent answers the row carries (empty when none: an empty cell is no answer).</summary>
    public IReadOnlyList<ConsentAnswer> ConsentAnswers { get; init; } = [];

    /// <summary>When the answers were given (<c>samtykke_dato</c>), when the file says.</summary>
    public DateOnly? ConsentDate { get; init; }

    /// <summary>The version of the consent statement answered (<c>samtykke_versjon</c>); present whenever there are answers.</summary>
    public string? ConsentVersion { get; init; }
}
