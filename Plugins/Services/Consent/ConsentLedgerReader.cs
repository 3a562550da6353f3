using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Consent;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using C = AlumniCrm.Plugins.Services.Schema.Consent;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>
/// The ledger rows of people, every status and state included: a deactivated withdrawal still counts,
/// the rules decide what applies.
/// </summary>
public static class ConsentLedgerReader
{
    public static Dictionary<Guid, IReadOnlyList<ConsentRecord>> ForPeople(IOrganizationService service, IEnumerable<Guid> contactIds)
    {
        var ids = contactIds.Distinct().ToList();
        var rows = QueryRunner.WhereIn(service, C.Table, C.ContactId, ids, ConsentRows.RuleColumns).Select(ConsentRows.ToRecord).ToList();
        return ids.ToDictionary(id => id, id => (IReadOnlyList<ConsentRecord>)rows.Where(r => r.PersonId == id).ToList());
    }
}
