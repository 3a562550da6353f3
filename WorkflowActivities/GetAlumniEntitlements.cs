using System;
using System.Activities;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Entitlements;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace AlumniCrm.WorkflowActivities;

/// <summary>
/// The person's alumni status (as the rules decide it) and what it entitles them to on a date:
/// years since graduation, career services and contact on legitimate interest.
/// </summary>
public sealed class GetAlumniEntitlements : AlumniActivity
{
    private const string PersonLabel = "Person";

    [RequiredArgument, Input(PersonLabel), ReferenceTarget(Schema.Contact.Table)]
    public InArgument<EntityReference> Person { get; set; } = null!;

    [Input("As of date (empty = today)")]
    public InArgument<DateTime> AsOf { get; set; } = null!;

    [Output("Alumni status"), AttributeTarget(Schema.Contact.Table, Schema.Contact.AlumniStatus)]
    public OutArgument<OptionSetValue> AlumniStatus { get; set; } = null!;

    [Output("Why this status")]
    public OutArgument<string> AlumniStatusReason { get; set; } = null!;

    [Output("Latest graduation date")]
    public OutArgument<DateTime> LatestGraduationDate { get; set; } = null!;

    [Output("Years since graduation")]
    public OutArgument<int> YearsSinceGraduation { get; set; } = null!;

    [Output("Eligible for career services")]
    public OutArgument<bool> IsCareerServicesEligible { get; set; } = null!;

    [Output("Career services eligible until")]
    public OutArgument<DateTime> CareerServicesEligibleUntil { get; set; } = null!;

    [Output("Contact on legitimate interest allowed")]
    public OutArgument<bool> IsWithinLegitimateInterest { get; set; } = null!;

    [Output("Contact on legitimate interest until")]
    public OutArgument<DateTime> LegitimateInterestUntil { get; set; } = null!;

    protected override void Run(CodeActivityContext context)
    {
        var person = Required(context, Person, PersonLabel);

        // As the custom APIs: the user must see the person; the status is decided on all their records (as SYSTEM).
        EnsureUserCanRead(context, person);
        var answer = EntitlementsQuestion.Ask(SystemService(context), person.Id, Optional(context, AsOf) ?? UtcNow(context));

        AlumniStatus.Set(context, new OptionSetValue((int)answer.Status.Status));
        AlumniStatusReason.Set(context, answer.Status.Reason);
        var entitlements = answer.Entitlements;
        if (entitlements.LatestGraduationDate is { } graduated) LatestGraduationDate.Set(context, graduated);
        if (entitlements.YearsSinceGraduation is { } years) YearsSinceGraduation.Set(context, years);
        IsCareerServicesEligible.Set(context, entitlements.IsCareerServicesEligible);
        if (entitlements.CareerServicesEligibleUntil is { } careerUntil) CareerServicesEligibleUntil.Set(context, careerUntil);
        IsWithinLegitimateInterest.Set(context, entitlements.IsWithinLegitimateInterest);
        if (entitlements.LegitimateInterestUntil is { } interestUntil) LegitimateInterestUntil.Set(context, interestUntil);
    }
}
