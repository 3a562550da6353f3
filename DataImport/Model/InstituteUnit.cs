namespace AlumniCrm.DataImport.Model;

/// <summary>alm_institute, keyed by alm_code = <c>faknr.instituttnr</c> (e.g. <c>190.30</c>).</summary>
public sealed record InstituteUnit(string Code, string? Name, string? FacultyCode)
{
    /// <summary>The key docs/data-model.md defines: the faculty number, a dot, the institute number (unless the export already joined them).</summary>
    public static string KeyOf(string? facultyCode, string instituteCode) =>
        instituteCode.Contains('.') || facultyCode is null ? instituteCode : $"{facultyCode}.{instituteCode}";
}
