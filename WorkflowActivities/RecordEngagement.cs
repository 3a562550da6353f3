using System;
using System.Activities;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Engagement;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace AlumniCrm.WorkflowActivities;

/// <summary>Records what an alumnus did (guest lecture, mentoring …), for the volunteers' thank-you and the pilot figures. Runs as the process's user.</summary>
public sealed class RecordEngagement : AlumniActivity
{
    private const string PersonLabel = "Person";
    private const string TypeLabel = "Type of engagement";

    [RequiredArgument, Input(PersonLabel), ReferenceTarget(Schema.Contact.Table)]
    public InArgument<EntityReference> Person { get; set; } = null!;

    [RequiredArgument, Input(TypeLabel), AttributeTarget(Schema.Engagement.Table, Schema.Engagement.Type)]
    public InArgument<OptionSetValue> Type { get; set; } = null!;

    [Input("Date (empty = today)")]
    public InArgument<DateTime> Date { get; set; } = null!;

    [Input("Faculty"), ReferenceTarget(Schema.Faculty.Table)]
    public InArgument<EntityReference> Faculty { get; set; } = null!;

    [Input("Estimated value (NOK)")]
    public InArgument<Money> EstimatedValue { get; set; } = null!;

    [Input("Description")]
    public InArgument<string> Description { get; set; } = null!;

    [Output("Engagement"), ReferenceTarget(Schema.Engagement.Table)]
    public OutArgument<EntityReference> Engagement { get; set; } = null!;

    protected override void Run(CodeActivityContext context)
    {
        var entry = new EngagementEntry
        {
            PersonId = Required(context, Person, PersonLabel).Id,
            Type = RequiredChoice(context, Type, TypeLabel),
            Date = Optional(context, Date),
            FacultyId = Faculty.Get(context)?.Id,
            EstimatedValue = EstimatedValue.Get(context)?.Value,
            Description = Description.Get(context),
        };
        var id = EngagementRecorder.Record(UserService(context), entry, UtcNow(context));
        Engagement.Set(context, new EntityReference(Schema.Engagement.Table, id));
    }
}
