using System;
using System.Linq;
using AlumniCrm.Plugins.Services.Consent;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Pre-operation on the messages that add members to a marketing list (AddMemberList,
/// AddListMembersList, Associate through <c>listcontact_association</c>): refuses the request when
/// anyone lacks a lawful basis for the list's purpose and channel, naming who and why.
/// </summary>
public sealed class MarketingListGuardPlugin : PluginBase
{
    public const string ListContactRelationship = "listcontact_association";

    protected override void ExecuteStep(StepContext step)
    {
        var input = step.Context.InputParameters;
        switch (step.Context.MessageName)
        {
            case "AddMemberList":
                Check(step, (Guid)input["ListId"], (Guid)input["EntityId"]);
                break;
            case "AddListMembersList":
                Check(step, (Guid)input["ListId"], (Guid[])input["MemberIds"]);
                break;
            case "Associate":
                if (input["Relationship"] is not Relationship { SchemaName: ListContactRelationship }) return;
                var target = (EntityReference)input["Target"];
                var related = ((EntityReferenceCollection)input["RelatedEntities"]).ToList();
                if (target.LogicalName == Services.Schema.MarketingList.Table)
                {
                    Check(step, target.Id, related.Select(r => r.Id).ToArray());
                }
                else
                {
                    foreach (var list in related) Check(step, list.Id, target.Id);
                }
                break;
        }
    }

    private static void Check(StepContext step, Guid listId, params Guid[] members) =>
        MarketingListAdmission.Check(step.SystemService, listId, members, step.UtcNow);
}
