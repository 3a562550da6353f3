namespace AlumniCrm.DataImport.Model;

/// <summary>
/// The contact to create or update, matched on the alternate keys alm_fsstudentnumber and (when
/// present) alm_fspersonnumber. Holds no national identity number.
/// </summary>
public sealed record PersonUnit(
    string StudentNumber,
    string? PersonNumber,
    string FirstName,
    string LastName,
    DateOnly? BirthDate,
    Gender? Gender,
    string? PrivateEmail,
    string? MobilePhone,
    bool IsDeceased);
