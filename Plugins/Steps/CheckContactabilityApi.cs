using System;
using AlumniCrm.Domain.Consent;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Consent;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Custom API <c>alm_CheckContactability</c>: may we contact this person for this purpose on this
/// channel (at this time)? The caller must be able to see the person; the answer is computed from the
/// whole ledger as SYSTEM, so a withdrawal the caller cannot see still counts.
/// </summary>
public sealed class CheckContactabilityApi : PluginBase
{
    protected override void ExecuteStep(StepContext step)
    {
        var input = step.Context.InputParameters;
        var person = (EntityReference)input["ContactId"];
        var asOf = input.Contains("AsOf") && input["AsOf"] is DateTime given ? given : step.UtcNow;

        // Throws for a person the caller may not read: the API never reveals more than the caller could see.
        step.UserService.Retrieve(Schema.Contact.Table, person.Id, new ColumnSet(Schema.Contact.Id));
        var decision = ContactabilityQuestion.Ask(step.SystemService, person.Id, (ConsentPurpose)(int)input["Purpose"], (ContactChannel)(int)input["Channel"], asOf);

        var output = step.Context.OutputParameters;
        output["Allowed"] = decision.Allowed;
        if (decision.LawfulBasis is { } basis) output["LawfulBasis"] = (int)basis;
        if (decision.ValidUntil is { } until) output["ValidUntil"] = until;
        output["Reason"] = decision.Reason;
    }
}
