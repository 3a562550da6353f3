using System.Linq;
using AlumniCrm.Domain.Alumni;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Definition = AlumniCrm.Plugins.Services.Schema.AlumniDefinition;

namespace AlumniCrm.Plugins.Services.Alumni;

/// <summary>Reads the one active <c>alm_alumnidefinition</c> (one query).</summary>
public static class AlumniDefinitionReader
{
    public static AlumniDefinition ReadActive(IOrganizationService service)
    {
        var query = new QueryExpression(Definition.Table)
        {
            ColumnSet = new ColumnSet(Definition.Name, Definition.RequiresCompletedDegree, Definition.MinimumCredits,
                Definition.IncludedLevels, Definition.IncludeExchange, Definition.IncludeContinuingEducation,
                Definition.IncludeStaff, Definition.AllowStudentPreregistration, Definition.LegitimateInterestYears,
                Definition.CareerServicesYears),
            TopCount = 2,
        };
        query.Criteria.AddCondition(Definition.IsActive, ConditionOperator.Equal, true);
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        var rows = service.RetrieveMultiple(query).Entities;

        if (rows.Count == 0)
            throw new RuleViolationException(
                "No alumni definition is active, so nobody's alumni status can be decided. An alumni administrator must mark one alumni definition as active.");
        if (rows.Count > 1)
            throw new RuleViolationException(
                "More than one alumni definition is active ('" + string.Join("', '", rows.Select(r => r.GetAttributeValue<string>(Definition.Name))) +
                "'), so it is unclear who counts as an alumnus. An alumni administrator must deactivate all but one.");
        return Map(rows[0]);
    }

    /// <summary>The id of the one active definition (one query); the same refusals as <see cref="ReadActive"/>.</summary>
    public static System.Guid ReadActiveId(IOrganizationService service) => ReadActive(service).Id;

    public static AlumniDefinition Map(Entity row) => new AlumniDefinition
    {
        Id = row.Id,
        Name = row.GetAttributeValue<string>(Definition.Name) ?? "Alumni definition",
        RequiresCompletedDegree = row.Flag(Definition.RequiresCompletedDegree),
        MinimumCredits = row.GetAttributeValue<decimal?>(Definition.MinimumCredits) ?? 0m,
        IncludedLevels = row.Choices(Definition.IncludedLevels).Select(v => (DegreeLevel)v).ToList(),
        IncludeExchange = row.Flag(Definition.IncludeExchange),
        IncludeContinuingEducation = row.Flag(Definition.IncludeContinuingEducation),
        IncludeStaff = row.Flag(Definition.IncludeStaff),
        AllowStudentPreregistration = row.Flag(Definition.AllowStudentPreregistration),
        LegitimateInterestYears = row.GetAttributeValue<int?>(Definition.LegitimateInterestYears) ?? AlumniDefinition.DefaultLegitimateInterestYears,
        CareerServicesYears = row.GetAttributeValue<int?>(Definition.CareerServicesYears) ?? AlumniDefinition.DefaultCareerServicesYears,
    };
}
