using System.Activities;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Enrolment;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace AlumniCrm.WorkflowActivities;

/// <summary>
/// Ends the person's membership of the network with a reason: the opt-out that automatic enrolment
/// respects for good. Runs as the process's user.
/// </summary>
public sealed class LeaveNetwork : AlumniActivity
{
    private const string PersonLabel = "Person";
    private const string NetworkLabel = "Network";
    private const string ReasonLabel = "Reason for leaving";

    [RequiredArgument, Input(PersonLabel), ReferenceTarget(Schema.Contact.Table)]
    public InArgument<EntityReference> Person { get; set; } = null!;

    [RequiredArgument, Input(NetworkLabel), ReferenceTarget(Schema.Network.Table)]
    public InArgument<EntityReference> Network { get; set; } = null!;

    [RequiredArgument, Input(ReasonLabel), AttributeTarget(Schema.Membership.Table, Schema.Membership.LeaveReason), Default("842100000")]
    public InArgument<OptionSetValue> Reason { get; set; } = null!;

    [Input("Comment")]
    public InArgument<string> Comment { get; set; } = null!;

    [Output("Membership"), ReferenceTarget(Schema.Membership.Table)]
    public OutArgument<EntityReference> Membership { get; set; } = null!;

    [Output("Membership changed")]
    public OutArgument<bool> Changed { get; set; } = null!;

    [Output("What happened")]
    public OutArgument<string> Summary { get; set; } = null!;

    protected override void Run(CodeActivityContext context)
    {
        var person = Required(context, Person, PersonLabel);
        var network = Required(context, Network, NetworkLabel);
        var reason = (LeaveReason)RequiredChoice(context, Reason, ReasonLabel);

        var change = new MembershipService(UserService(context)).Leave(person.Id, network.Id, reason, UtcNow(context), Comment.Get(context));

        if (change.MembershipId is { } id) Membership.Set(context, new EntityReference(Schema.Membership.Table, id));
        Changed.Set(context, change.Changed);
        Summary.Set(context, change.Summary);
    }
}
