using AlumniCrm.Plugins.Services.Enrolment;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Custom API <c>alm_EnrolInEligibleNetworks</c>: decides one person's alumni status and enrols them
/// in every automatic network they qualify for; says what was done and what was skipped and why.
/// </summary>
public sealed class EnrolInEligibleNetworksApi : PluginBase
{
    public const string ApiName = "alm_EnrolInEligibleNetworks";

    protected override void ExecuteStep(StepContext step)
    {
        var contact = ApiParameters.RequiredReference(step, ApiName, "ContactId");
        var outcome = new EnrolmentService(step.SystemService).EnrolPerson(contact.Id, step.UtcNow);
        var status = outcome.People[0].Candidate.AlumniStatus;
        ApiParameters.Set(step, "EnrolledCount", outcome.Plan.Enrolments.Count);
        ApiParameters.Set(step, "Summary", status.Reason + "\n" + outcome.Plan.SummaryFor(contact.Id));
    }
}
