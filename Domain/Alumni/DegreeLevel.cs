namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// Level of a study programme or qualification. The numeric values are the option values of the
/// global choice <c>alm_degreelevel</c> (docs/data-model.md), so the SDK glue maps by cast.
/// </summary>
public enum DegreeLevel
{
    Bachelor = 842100000,
    Master = 842100001,
    PhD = 842100002,
    IntegratedProfessional = 842100003,
    OneYearProgramme = 842100004,
    ContinuingEducation = 842100005,
    SingleCourse = 842100006,
    Exchange = 842100007,
}
