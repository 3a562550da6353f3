using System;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Common;
using AlumniCrm.Plugins.Services.Consent;
using AlumniCrm.Plugins.Services.Privacy;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// The consent ledger (<c>alm_consent</c>), pre-operation: Create stamps recorded-by (the initiating
/// user) and recorded-on (now), validates and names the row; Update applies the append-only policy;
/// Delete is refused unless the row's person is being erased by <c>alm_ErasePerson</c>.
/// </summary>
public sealed class ConsentValidationPlugin : PluginBase
{
    /// <summary>Pre-image of the Update and Delete steps (the ledger columns).</summary>
    public const string LedgerImage = "ledger";

    protected override void ExecuteStep(StepContext step)
    {
        switch (step.Context.MessageName)
        {
            case "Create":
                var target = RequireTarget(step);
                LookupKeys.ResolveInPlace(step.SystemService, target, Schema.Consent.ContactId);
                ConsentRecording.Prepare(target, step.Context.InitiatingUserId, step.UtcNow, id => PersonName(step, id));
                break;
            case "Update":
                ConsentLedgerGuard.CheckUpdate(RequireImage(step), RequireTarget(step),
                    () => SystemAccount.Is(step.SystemService, step.Context.UserId), step.UtcNow);
                break;
            case "Delete":
                var row = RequireImage(step);
                var personId = row.GetAttributeValue<EntityReference>(Schema.Consent.ContactId)?.Id ?? Guid.Empty;
                ConsentLedgerGuard.CheckDelete(row, ErasureMarker.IsErasing(step.Context, personId));
                break;
        }
    }

    private static Entity RequireTarget(StepContext step) =>
        step.Target ?? throw new InvalidPluginExecutionException($"{nameof(ConsentValidationPlugin)}: the {step.Context.MessageName} request carries no Target row.");

    private static Entity RequireImage(StepContext step) =>
        step.PreImage(LedgerImage) ?? throw new InvalidPluginExecutionException(
            $"{nameof(ConsentValidationPlugin)}: the {step.Context.MessageName} step is registered without its pre-image '{LedgerImage}'.");

    private static string PersonName(StepContext step, Guid contactId)
    {
        var row = step.SystemService.Retrieve(Schema.Contact.Table, contactId,
            new ColumnSet(Schema.Contact.FullName, Schema.Contact.FirstName, Schema.Contact.LastName));
        var name = ContactFactsReader.DisplayName(row);
        return name.Length > 0 ? name : "the contact " + contactId.ToString("D");
    }
}
