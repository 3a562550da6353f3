using System.Activities;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Enrolment;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace AlumniCrm.WorkflowActivities;

/// <summary>
/// Decides the person's alumni status and enrols them in every automatic network they qualify for,
/// never back into one they left. The same work as <c>alm_EnrolInEligibleNetworks</c>, also as SYSTEM.
/// </summary>
public sealed class EnrolInEligibleNetworks : AlumniActivity
{
    private const string PersonLabel = "Person";

    [RequiredArgument, Input(PersonLabel), ReferenceTarget(Schema.Contact.Table)]
    public InArgument<EntityReference> Person { get; set; } = null!;

    [Output("Networks joined")]
    public OutArgument<int> EnrolledCount { get; set; } = null!;

    [Output("Summary")]
    public OutArgument<string> Summary { get; set; } = null!;

    protected override void Run(CodeActivityContext context)
    {
        var person = Required(context, Person, PersonLabel);
        var outcome = new EnrolmentService(SystemService(context)).EnrolPerson(person.Id, UtcNow(context));

        EnrolledCount.Set(context, outcome.Plan.Enrolments.Count);
        Summary.Set(context, outcome.People[0].Candidate.AlumniStatus.Reason + "\n" + outcome.Plan.SummaryFor(person.Id));
    }
}
