using AlumniCrm.Plugins.Services.Privacy;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Custom API <c>alm_ExportPersonData</c> (GDPR access and portability): the person's data across every
/// catalogued table as JSON. Runs as SYSTEM so the export is complete; the API's execute privilege
/// limits it to the alumni administrators who handle access requests.
/// </summary>
public sealed class ExportPersonDataApi : PluginBase
{
    protected override void ExecuteStep(StepContext step)
    {
        var person = (EntityReference)step.Context.InputParameters["ContactId"];
        step.Context.OutputParameters["Json"] = PersonDataExport.Export(step.SystemService, person.Id, step.UtcNow);
    }
}
