using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Network = AlumniCrm.Plugins.Services.Schema.Network;
using NetworkProgramme = AlumniCrm.Plugins.Services.Schema.NetworkProgramme;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>
/// Reads networks with their audience rule and N:N programmes in one query (the intersect table
/// joined outer: one row per network and programme).
/// </summary>
public static class NetworkRuleReader
{
    private const string ProgrammeLinkAlias = "programmelink";

    /// <summary>The rule columns; also the filtering attributes and image columns of the rule-change step.</summary>
    public static readonly string[] RuleColumns =
    {
        Network.AutoEnrol, Network.Status, Network.RuleFacultyId, Network.RuleInstituteId, Network.RuleLevels,
        Network.RuleMinimumCredits, Network.RuleGraduatedWithinYears, Network.RuleIncludeStudents,
    };

    /// <summary>Every active network with automatic enrolment on: what the planner considers.</summary>
    public static IReadOnlyList<NetworkRule> ReadAutomatic(IOrganizationService service)
    {
        var query = Query();
        query.Criteria.AddCondition(Network.AutoEnrol, ConditionOperator.Equal, true);
        query.Criteria.AddCondition(Network.Status, ConditionOperator.Equal, (int)NetworkStatus.Active);
        return Map(QueryRunner.RetrieveAll(service, query));
    }

    /// <summary>Every active network, automatic or not: what the explain API reports on.</summary>
    public static IReadOnlyList<NetworkRule> ReadActive(IOrganizationService service)
    {
        var query = Query();
        query.Criteria.AddCondition(Network.Status, ConditionOperator.Equal, (int)NetworkStatus.Active);
        return Map(QueryRunner.RetrieveAll(service, query));
    }

    /// <summary>One network as it is now, whatever its status.</summary>
    public static NetworkRule Read(IOrganizationService service, Guid networkId)
    {
        var query = Query();
        query.Criteria.AddCondition(Network.Id, ConditionOperator.Equal, networkId);
        return Map(QueryRunner.RetrieveAll(service, query)).FirstOrDefault()
               ?? throw new RuleViolationException("Network " + networkId.ToString("D") + " does not exist (it may have been deleted).");
    }

    /// <summary>A rule from a row holding the rule columns (a query row or a step image) and its programmes.</summary>
    public static NetworkRule FromRow(Entity row, IReadOnlyCollection<Guid> programmeIds)
    {
        var status = row.Choice(Network.Status);
        return new NetworkRule
        {
            NetworkId = row.Id,
            Name = row.GetAttributeValue<string>(Network.Name) ?? "",
            Status = status.HasValue ? (NetworkStatus)status.Value : NetworkStatus.Planned,
            AutoEnrol = row.Flag(Network.AutoEnrol),
            ProgrammeIds = programmeIds,
            FacultyId = row.LookupId(Network.RuleFacultyId),
            InstituteId = row.LookupId(Network.RuleInstituteId),
            Levels = row.Choices(Network.RuleLevels).Select(l => (DegreeLevel)l).ToList(),
            MinimumCredits = row.GetAttributeValue<decimal?>(Network.RuleMinimumCredits) ?? 0m,
            GraduatedWithinYears = row.GetAttributeValue<int?>(Network.RuleGraduatedWithinYears),
            IncludeCurrentStudents = row.Flag(Network.RuleIncludeStudents),
        };
    }

    private static QueryExpression Query()
    {
        var query = new QueryExpression(Network.Table) { ColumnSet = new ColumnSet(RuleColumns) };
        query.ColumnSet.AddColumn(Network.Name);
        query.AddOrder(Network.Id, OrderType.Ascending);
        var programmes = query.AddLink(NetworkProgramme.IntersectTable, Network.Id, NetworkProgramme.NetworkId, JoinOperator.LeftOuter);
        programmes.EntityAlias = ProgrammeLinkAlias;
        programmes.Columns = new ColumnSet(NetworkProgramme.StudyProgrammeId);
        return query;
    }

    private static IReadOnlyList<NetworkRule> Map(IEnumerable<Entity> rows) =>
        rows.GroupBy(r => r.Id)
            .Select(g => FromRow(g.First(), g.Select(r => r.LinkedId(ProgrammeLinkAlias, NetworkProgramme.StudyProgrammeId))
                .Where(id => id.HasValue).Select(id => id!.Value).Distinct().ToList()))
            .ToList();
}
