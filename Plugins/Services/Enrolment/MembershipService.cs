using System;
using System.Linq;
using AlumniCrm.Domain.Common;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Membership = AlumniCrm.Plugins.Services.Schema.Membership;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>
/// Staff or self-service joins and leaves (used by the workflow activities). Leaving records the
/// member's decision (status Left, left on, reason): automatic enrolment never puts them back.
/// Joining again is a person's or staff member's explicit act, so it reactivates the same row.
/// </summary>
public sealed class MembershipService
{
    private readonly IOrganizationService _service;

    public MembershipService(IOrganizationService service) => _service = service ?? throw new ArgumentNullException(nameof(service));

    public MembershipChange Join(Guid contactId, Guid networkId, MembershipSource source, DateTime asOf)
    {
        var existing = Find(contactId, networkId);
        if (existing == null)
        {
            var contact = _service.Retrieve(Schema.Contact.Table, contactId, new ColumnSet(Schema.Contact.FullName));
            var network = _service.Retrieve(Schema.Network.Table, networkId, new ColumnSet(Schema.Network.Name));
            var id = _service.Create(new Entity(Membership.Table)
            {
                [Membership.Name] = MembershipWriter.NameOf(network.GetAttributeValue<string>(Schema.Network.Name) ?? "",
                    contact.GetAttributeValue<string>(Schema.Contact.FullName) ?? contactId.ToString("D")),
                [Membership.ContactId] = new EntityReference(Schema.Contact.Table, contactId),
                [Membership.NetworkId] = new EntityReference(Schema.Network.Table, networkId),
                [Membership.Status] = new OptionSetValue((int)MembershipStatus.Active),
                [Membership.Source] = new OptionSetValue((int)source),
                [Membership.JoinedOn] = asOf.Date,
            });
            return new MembershipChange(id, true, "Joined on " + DateText.Day(asOf) + ".");
        }

        var current = MembershipReader.Map(existing);
        if (current.Status == MembershipStatus.Active)
            return new MembershipChange(existing.Id, false, "Already a member" + (current.JoinedOn.HasValue ? " since " + DateText.Day(current.JoinedOn.Value) : "") + ".");

        _service.Update(new Entity(Membership.Table, existing.Id)
        {
            [Membership.Status] = new OptionSetValue((int)MembershipStatus.Active),
            [Membership.Source] = new OptionSetValue((int)source),
            [Membership.JoinedOn] = asOf.Date,
            [Membership.LeftOn] = null,
            [Membership.LeaveReason] = null,
            [Membership.LeaveComment] = null,
        });
        return new MembershipChange(existing.Id, true, "Rejoined on " + DateText.Day(asOf) + " (the membership was " + current.Status.ToString().ToLowerInvariant() + ").");
    }

    public MembershipChange Leave(Guid contactId, Guid networkId, LeaveReason reason, DateTime asOf, string? comment = null)
    {
        var existing = Find(contactId, networkId)
            ?? throw new RuleViolationException("Contact " + contactId.ToString("D") + " is not a member of network " + networkId.ToString("D") +
                                                ", so there is no membership to leave.");
        var current = MembershipReader.Map(existing);
        if (current.Status == MembershipStatus.Left)
            return new MembershipChange(existing.Id, false, "Already left" + (current.LeftOn.HasValue ? " on " + DateText.Day(current.LeftOn.Value) : "") + ".");

        var update = new Entity(Membership.Table, existing.Id)
        {
            [Membership.Status] = new OptionSetValue((int)MembershipStatus.Left),
            [Membership.LeftOn] = asOf.Date,
            [Membership.LeaveReason] = new OptionSetValue((int)reason),
        };
        if (!string.IsNullOrWhiteSpace(comment)) update[Membership.LeaveComment] = comment;
        _service.Update(update);
        return new MembershipChange(existing.Id, true, "Left on " + DateText.Day(asOf) + "; automatic enrolment will not add them again.");
    }

    private Entity? Find(Guid contactId, Guid networkId)
    {
        var query = new QueryExpression(Membership.Table)
        {
            ColumnSet = new ColumnSet(Membership.ContactId, Membership.NetworkId, Membership.Status, Membership.Source,
                Membership.JoinedOn, Membership.LeftOn, Membership.LeaveReason),
            TopCount = 1,
        };
        query.Criteria.AddCondition(Membership.ContactId, ConditionOperator.Equal, contactId);
        query.Criteria.AddCondition(Membership.NetworkId, ConditionOperator.Equal, networkId);
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
