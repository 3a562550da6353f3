using System;
using AlumniCrm.Domain.Consent;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using P = AlumniCrm.Plugins.Services.Schema.Contact;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>"May we contact this person for this purpose on this channel at this time?" — the whole ledger decides.</summary>
public static class ContactabilityQuestion
{
    public static ContactabilityDecision Ask(IOrganizationService service, Guid contactId, ConsentPurpose purpose, ContactChannel channel, DateTime asOf)
    {
        var person = ContactFactsReader.FromRow(service.Retrieve(P.Table, contactId, new ColumnSet(ContactFactsReader.Columns)));
        var ledger = ConsentLedgerReader.ForPeople(service, new[] { contactId })[contactId];
        return ContactabilityRules.Evaluate(person.Facts, ledger, purpose, channel, asOf, EntitlementWindowsReader.Active(service));
    }
}
