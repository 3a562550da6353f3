using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Membership = AlumniCrm.Plugins.Services.Schema.Membership;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>
/// Creates the planned memberships in one CreateMultiple: Active, Automatic, joined on the as-of
/// date. The owner (the network's faculty team) is set by the membership ownership step.
/// </summary>
public static class MembershipWriter
{
    public static void CreatePlanned(IOrganizationService service, IReadOnlyList<PlannedEnrolment> enrolments, IReadOnlyDictionary<Guid, string> personNames)
    {
        var rows = enrolments.Select(e => NewRow(e, personNames)).ToList();
        BulkWriter.Create(service, Membership.Table, rows);
    }

    public static string NameOf(string networkName, string personName) => Truncate(networkName + " – " + personName, 100);

    private static Entity NewRow(PlannedEnrolment enrolment, IReadOnlyDictionary<Guid, string> personNames)
    {
        string? person;
        if (!personNames.TryGetValue(enrolment.PersonId, out person)) person = enrolment.PersonId.ToString("D");
        return new Entity(Membership.Table)
        {
            [Membership.Name] = NameOf(enrolment.NetworkName, person ?? ""),
            [Membership.ContactId] = new EntityReference(Schema.Contact.Table, enrolment.PersonId),
            [Membership.NetworkId] = new EntityReference(Schema.Network.Table, enrolment.NetworkId),
            [Membership.Status] = new OptionSetValue((int)enrolment.Status),
            [Membership.Source] = new OptionSetValue((int)enrolment.Source),
            [Membership.JoinedOn] = enrolment.JoinedOn.Date,
        };
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length);
}
