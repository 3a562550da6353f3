using AlumniCrm.Plugins.Services.Privacy;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Custom API <c>alm_ErasePerson</c> (GDPR Art. 17): erases the person across every catalogued table,
/// writes the suppression entries and an erasure log without personal data, and returns the summary.
/// Runs as SYSTEM inside the API's transaction; the execute privilege limits it to alumni administrators.
/// </summary>
public sealed class ErasePersonApi : PluginBase
{
    protected override void ExecuteStep(StepContext step)
    {
        var person = (EntityReference)step.Context.InputParameters["ContactId"];
        step.Context.OutputParameters["Summary"] = PersonErasure.Erase(step.Context, step.SystemService, person.Id, step.UtcNow, step.Tracing);
    }
}
