namespace AlumniCrm.DataImport.Model;

/// <summary>
/// Everything one graduate row asks Dataverse to hold: the person, the programme with its faculty and
/// institute, and the qualification linking them. The plan and import verbs turn a unit into upserts
/// by alternate key (faculty, institute, programme, contact, then qualification).
/// </summary>
public sealed record ImportUnit(
    int RowNumber,
    PersonUnit Person,
    FacultyUnit? Faculty,
    InstituteUnit? Institute,
    ProgrammeUnit Programme,
    QualificationUnit Qualification)
{
    /// <summary>The row's consent answers for the ledger, or null when it has none.</summary>
    public ConsentUnit? Consent { get; init; }
}
