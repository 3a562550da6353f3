using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Consent;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using P = AlumniCrm.Plugins.Services.Schema.Contact;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>Reads contacts into <see cref="PersonSnapshot"/>s (explicit columns, batched).</summary>
public static class ContactFactsReader
{
    public static readonly string[] Columns =
    {
        P.FullName, P.FirstName, P.LastName, P.IsDeceased, P.DeceasedOn, P.LatestGraduationDate, P.Email, P.MobilePhone,
        P.DoNotBulkEmail, P.DoNotEmail, P.DoNotPhone, P.DoNotPostalMail, P.DoNotSendMarketingMaterial, P.FlagsRecomputeOn,
    };

    public static Dictionary<Guid, PersonSnapshot> Read(IOrganizationService service, IEnumerable<Guid> contactIds) =>
        QueryRunner.WhereIn(service, P.Table, P.Id, contactIds, Columns).Select(FromRow).ToDictionary(p => p.Id);

    /// <summary>From a contact row or image. Columns the row does not carry count as empty (Dataverse's defaults).</summary>
    public static PersonSnapshot FromRow(Entity row)
    {
        var facts = new PersonContactFacts
        {
            PersonId = row.Id,
            IsDeceased = row.GetAttributeValue<bool>(P.IsDeceased),
            DeceasedOn = row.GetAttributeValue<DateTime?>(P.DeceasedOn),
            LatestGraduationDate = row.GetAttributeValue<DateTime?>(P.LatestGraduationDate),
            HasEmailAddress = Has(row, P.Email),
            HasMobilePhone = Has(row, P.MobilePhone),
            // The postal address is not part of the alumni data model: not looked up, so not checked.
            HasPostalAddress = null,
        };
        return new PersonSnapshot(row.Id, DisplayName(row), facts, FlagsOf(row), row.GetAttributeValue<DateTime?>(P.FlagsRecomputeOn));
    }

    public static ContactFlags FlagsOf(Entity row) => new()
    {
        DoNotBulkEmail = row.GetAttributeValue<bool>(P.DoNotBulkEmail),
        DoNotEmail = row.GetAttributeValue<bool>(P.DoNotEmail),
        DoNotPhone = row.GetAttributeValue<bool>(P.DoNotPhone),
        DoNotPostalMail = row.GetAttributeValue<bool>(P.DoNotPostalMail),
        DoNotSendMarketingMaterial = row.GetAttributeValue<bool>(P.DoNotSendMarketingMaterial),
    };

    public static string DisplayName(Entity row)
    {
        var full = row.GetAttributeValue<string>(P.FullName);
        if (!string.IsNullOrWhiteSpace(full)) return full.Trim();
        return (row.GetAttributeValue<string>(P.FirstName) + " " + row.GetAttributeValue<string>(P.LastName)).Trim();
    }

    private static bool? Has(Entity row, string column) =>
        row.Contains(column) ? !string.IsNullOrWhiteSpace(row.GetAttributeValue<string>(column)) : null;
}
