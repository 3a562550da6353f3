using System.Activities;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Enrolment;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace AlumniCrm.WorkflowActivities;

/// <summary>
/// Makes the person an active member of the network: a new membership, or the same one again after
/// they left (joining is their or staff's explicit act). Runs as the process's user.
/// </summary>
public sealed class JoinNetwork : AlumniActivity
{
    private const string PersonLabel = "Person";
    private const string NetworkLabel = "Network";
    private const string HowLabel = "How they joined";

    [RequiredArgument, Input(PersonLabel), ReferenceTarget(Schema.Contact.Table)]
    public InArgument<EntityReference> Person { get; set; } = null!;

    [RequiredArgument, Input(NetworkLabel), ReferenceTarget(Schema.Network.Table)]
    public InArgument<EntityReference> Network { get; set; } = null!;

    [RequiredArgument, Input(HowLabel), AttributeTarget(Schema.Membership.Table, Schema.Membership.Source), Default("842100001")]
    public InArgument<OptionSetValue> Source { get; set; } = null!;

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
        var source = (MembershipSource)RequiredChoice(context, Source, HowLabel);

        var change = new MembershipService(UserService(context)).Join(person.Id, network.Id, source, UtcNow(context));

        if (change.MembershipId is { } id) Membership.Set(context, new EntityReference(Schema.Membership.Table, id));
        Changed.Set(context, change.Changed);
        Summary.Set(context, change.Summary);
    }
}
