using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>
/// Recognises the platform's SYSTEM account: what <c>CreateOrganizationService(null)</c> in a plugin
/// acts as. Nobody can sign in as it or impersonate it from outside, so a write that runs as SYSTEM
/// comes from server-side code of the solution.
/// </summary>
public static class SystemAccount
{
    public const string FullName = "SYSTEM";

    public static bool Is(IOrganizationService service, Guid userId)
    {
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("systemuserid"), TopCount = 1 };
        query.Criteria.AddCondition(new ConditionExpression("systemuserid", ConditionOperator.Equal, userId));
        query.Criteria.AddCondition(new ConditionExpression("fullname", ConditionOperator.Equal, FullName));
        return service.RetrieveMultiple(query).Entities.Any();
    }
}
