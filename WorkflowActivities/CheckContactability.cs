using System;
using System.Activities;
using AlumniCrm.Domain.Consent;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Consent;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace AlumniCrm.WorkflowActivities;

/// <summary>May we contact this person for this purpose on this channel now? The same answer as <c>alm_CheckContactability</c>.</summary>
public sealed class CheckContactability : AlumniActivity
{
    private const string PersonLabel = "Person";
    private const string PurposeLabel = "Purpose";
    private const string ChannelLabel = "Channel";

    // Argument properties are set by the workflow runtime, never by code.
    [RequiredArgument, Input(PersonLabel), ReferenceTarget(Schema.Contact.Table)]
    public InArgument<EntityReference> Person { get; set; } = null!;

    [RequiredArgument, Input(PurposeLabel), AttributeTarget(Schema.Consent.Table, Schema.Consent.Purpose)]
    public InArgument<OptionSetValue> Purpose { get; set; } = null!;

    [RequiredArgument, Input(ChannelLabel), AttributeTarget(Schema.Consent.Table, Schema.Consent.Channel), Default("842100000")]
    public InArgument<OptionSetValue> Channel { get; set; } = null!;

    [Output("Contact allowed")]
    public OutArgument<bool> Allowed { get; set; } = null!;

    [Output("Lawful basis"), AttributeTarget(Schema.Consent.Table, Schema.Consent.LawfulBasis)]
    public OutArgument<OptionSetValue> LawfulBasis { get; set; } = null!;

    [Output("Valid until")]
    public OutArgument<DateTime> ValidUntil { get; set; } = null!;

    [Output("Reason")]
    public OutArgument<string> Reason { get; set; } = null!;

    protected override void Run(CodeActivityContext context)
    {
        var person = Required(context, Person, PersonLabel);
        var purpose = (ConsentPurpose)RequiredChoice(context, Purpose, PurposeLabel);
        var channel = (ContactChannel)RequiredChoice(context, Channel, ChannelLabel);

        // As the custom API: the user must see the person; the whole ledger (as SYSTEM) decides.
        EnsureUserCanRead(context, person);
        var decision = ContactabilityQuestion.Ask(SystemService(context), person.Id, purpose, channel, UtcNow(context));

        Allowed.Set(context, decision.Allowed);
        if (decision.LawfulBasis is { } basis) LawfulBasis.Set(context, new OptionSetValue((int)basis));
        if (decision.ValidUntil is { } until) ValidUntil.Set(context, until);
        Reason.Set(context, decision.Reason);
    }
}
