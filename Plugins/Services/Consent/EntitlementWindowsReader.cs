using System.Linq;
using AlumniCrm.Domain.Consent;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using D = AlumniCrm.Plugins.Services.Schema.AlumniDefinition;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>The legitimate-interest and career-services windows of the active alumni definition.</summary>
public static class EntitlementWindowsReader
{
    /// <summary>The active definition's windows; the documented defaults (5 and 2 years) when none is active or a value is empty.</summary>
    public static EntitlementWindows Active(IOrganizationService service)
    {
        var query = new QueryExpression(D.Table) { ColumnSet = new ColumnSet(D.LegitimateInterestYears, D.CareerServicesYears), TopCount = 1 };
        query.Criteria.AddCondition(new ConditionExpression(D.IsActive, ConditionOperator.Equal, true));
        var definition = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (definition == null) return EntitlementWindows.Default;
        return new EntitlementWindows(
            definition.GetAttributeValue<int?>(D.LegitimateInterestYears) ?? EntitlementWindows.Default.LegitimateInterestYears,
            definition.GetAttributeValue<int?>(D.CareerServicesYears) ?? EntitlementWindows.Default.CareerServicesYears);
    }
}
