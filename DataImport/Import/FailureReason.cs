using AlumniCrm.DataImport.Model;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// Keeps a person's values out of the run report: a server message may quote them (the consent plugin
/// names the person it refuses), and the report is stored in <c>alm_importrun</c> and on disk.
/// </summary>
public static class FailureReason
{
    public const string Person = "(the person)";

    public static string WithoutPersonalValues(string reason, PersonUnit? person)
    {
        if (person is null) return reason;
        string?[] values =
        [
            $"{person.FirstName} {person.LastName}", person.FirstName, person.LastName,
            person.StudentNumber, person.PersonNumber, person.PrivateEmail, person.MobilePhone,
        ];
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value)) reason = reason.Replace(value, Person, StringComparison.OrdinalIgnoreCase);
        }

        return reason;
    }
}
