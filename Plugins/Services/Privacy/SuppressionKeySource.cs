using System;
using System.Linq;
using AlumniCrm.Domain.Privacy;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using K = AlumniCrm.Plugins.Services.Schema.SuppressionKeyRow;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>
/// The one place the suppression HMAC keys come from: the active rows of <c>alm_suppressionkey</c>,
/// newest <c>alm_activatedon</c> first. Their key column is secured with a field security profile
/// that lets administrators set it and nobody read it back (Dataverse lets only System Administrators
/// and SYSTEM read every secured column); the services read it as SYSTEM. The contact guard, the
/// erasure and <c>alm_FindSuppressedIdentifiers</c> all read it here, so they can never disagree.
/// Why not an environment variable: a String variable is readable by anyone who can read environment
/// variables, and Microsoft documents Secret (Key Vault) variables as available to flows and custom
/// connectors only, not to plug-ins (docs/consent-and-gdpr.md, "The suppression key").
/// </summary>
public static class SuppressionKeySource
{
    public static SuppressionKeyRing Read(IOrganizationService service)
    {
        var query = new QueryExpression(K.Table) { ColumnSet = new ColumnSet(K.Key, K.Name, K.ActivatedOn, K.CreatedOn) };
        query.Criteria.AddCondition(K.State, ConditionOperator.Equal, 0);
        var rows = service.RetrieveMultiple(query).Entities
            .OrderByDescending(r => r.GetAttributeValue<DateTime?>(K.ActivatedOn) ?? r.GetAttributeValue<DateTime?>(K.CreatedOn) ?? DateTime.MinValue)
            .ToList();
        if (rows.Count == 0)
        {
            throw new RuleViolationException("The suppression key is not configured, so erased people cannot be recognised and nothing was done. "
                + "An administrator must add a Suppression key (Alumni settings) holding base64 text of at least "
                + SuppressionKey.MinimumKeyBytes + " random bytes (see docs/consent-and-gdpr.md).");
        }

        var keys = rows.Select(row =>
        {
            try
            {
                return SuppressionKey.FromBase64(row.GetAttributeValue<string>(K.Key));
            }
            catch (ArgumentException)
            {
                throw new RuleViolationException("The suppression key '" + row.GetAttributeValue<string>(K.Name) + "' is not usable, so nothing was done: "
                    + "it must be base64 text of at least " + SuppressionKey.MinimumKeyBytes + " random bytes. Deactivate it and add a correct one.");
            }
        }).ToList();
        return new SuppressionKeyRing(keys);
    }
}
