using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// Level of a study programme or qualification. The numeric values are the option values of the
/// global choice <c>alm_degreelevel</c> (its value comes from the schema contract), so the SDK glue maps by cast.
/// </summary>
public enum DegreeLevel
{
    Bachelor = OptionSets.alm_degreelevel.Bachelor,
    Master = OptionSets.alm_degreelevel.Master,
    PhD = OptionSets.alm_degreelevel.PhD,
    IntegratedProfessional = OptionSets.alm_degreelevel.IntegratedProfessional,
    OneYearProgramme = OptionSets.alm_degreelevel.OneYearProgramme,
    ContinuingEducation = OptionSets.alm_degreelevel.ContinuingEducationEVU,
    SingleCourse = OptionSets.alm_degreelevel.SingleCourse,
    Exchange = OptionSets.alm_degreelevel.Exchange,
}
