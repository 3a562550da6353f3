using System;
using System.Linq;
using AlumniCrm.Plugins.Services.Consent;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// On every message that puts people on a marketing list — pre-operation on AddMember,
/// AddListMembers, CopyMembers, QualifyMember (override) and Associate through
/// <c>listcontact_association</c>; post-operation (in the transaction) on CopyDynamicListToStatic,
/// whose members only exist once the platform has run the list's query — refuses the request when
/// anyone lacks a lawful basis for the list's purpose and channel, naming who and why.
/// The cases are the pipeline's message names (what <c>MessageName</c> says), not the request
/// names: AddMemberListRequest runs as the message AddMember, and so on (docs/sdk-message-ids.md).
/// </summary>
public sealed class MarketingListGuardPlugin : PluginBase
{
    public const string ListContactRelationship = "listcontact_association";

    protected override void ExecuteStep(StepContext step)
    {
        var input = step.Context.InputParameters;
        switch (step.Context.MessageName)
        {
            case "AddMember":
                Check(step, (Guid)input["ListId"], (Guid)input["EntityId"]);
                break;
            case "AddListMembers":
                Check(step, (Guid)input["ListId"], (Guid[])input["MemberIds"]);
                break;
            case "CopyMembers":
                var sourceListId = (Guid)input["SourceListId"];
                Check(step, (Guid)input["TargetListId"], MarketingListAdmission.MembersOf(step.SystemService, sourceListId));
                break;
            case "QualifyMember":
                // Only overriding puts people on the list; without it the given members are removed.
                if (input.TryGetValue("OverrideorRemove", out var overrideMembers) && overrideMembers is true)
                    Check(step, (Guid)input["ListId"], (Guid[])input["MembersId"]);
                break;
            case "CopyDynamicListToStatic":
                var staticListId = (Guid)step.Context.OutputParameters["StaticListId"];
                Check(step, staticListId, MarketingListAdmission.MembersOf(step.SystemService, staticListId));
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
