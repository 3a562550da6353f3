using System;
using System.Linq;
using AlumniCrm.Plugins.Services.Privacy;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Custom API <c>alm_FindSuppressedIdentifiers</c>: which of the given FS student and person numbers
/// belong to erased people. Lets the importer's plan report the rows it will skip without ever
/// holding the suppression key.
/// </summary>
public sealed class FindSuppressedIdentifiersApi : PluginBase
{
    protected override void ExecuteStep(StepContext step)
    {
        var input = step.Context.InputParameters;
        var found = SuppressedIdentifierSearch.Find(step.SystemService, Strings(input, "StudentNumbers"), Strings(input, "PersonNumbers"));
        step.Context.OutputParameters["SuppressedStudentNumbers"] = found.StudentNumbers.ToArray();
        step.Context.OutputParameters["SuppressedPersonNumbers"] = found.PersonNumbers.ToArray();
    }

    private static string[] Strings(Microsoft.Xrm.Sdk.ParameterCollection input, string name) =>
        input.Contains(name) && input[name] is string[] values ? values.Where(v => !string.IsNullOrWhiteSpace(v)).ToArray() : Array.Empty<string>();
}
