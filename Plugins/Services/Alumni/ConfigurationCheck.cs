using System;
using System.Linq;
using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Domain.Pilot;
using AlumniCrm.Plugins.Services.Enrolment;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Definition = AlumniCrm.Plugins.Services.Schema.AlumniDefinition;

namespace AlumniCrm.Plugins.Services.Alumni;

/// <summary>
/// Checks configuration rows as they are saved, with the Domain validators, so a typo in an alumni
/// definition or a network rule is refused at the form instead of silently mis-enrolling people later.
/// </summary>
public static class ConfigurationCheck
{
    /// <summary>Validates the definition as it will be saved and fills the membership target into <paramref name="target"/>.</summary>
    public static void AlumniDefinition(IOrganizationService service, Entity target, Entity? preImage)
    {
        var merged = Merge(target, preImage);
        var definition = AlumniDefinitionReader.Map(merged);
        var result = AlumniDefinitionValidator.Validate(definition);
        if (!result.IsValid)
            throw new RuleViolationException("The alumni definition '" + definition.Name + "' cannot be saved:\n" + result.ErrorMessage);

        if (target.Contains(Definition.PotentialMemberBase) || target.Contains(Definition.MembershipTargetPercent))
        {
            var potentialBase = merged.GetAttributeValue<int?>(Definition.PotentialMemberBase);
            var share = merged.GetAttributeValue<decimal?>(Definition.MembershipTargetPercent);
            var problem = MembershipTarget.Problem(potentialBase, share);
            if (problem != null) throw new RuleViolationException("The alumni definition '" + definition.Name + "' cannot be saved: " + problem);
            target[Definition.MembershipTarget] = MembershipTarget.Compute(potentialBase, share);
        }

        if (merged.GetAttributeValue<bool>(Definition.IsActive) && target.Contains(Definition.IsActive))
            RefuseSecondActiveDefinition(service, target.Id, definition.Name);
    }

    /// <summary>Validates the network's enrolment rule as it will be saved (the N:N programmes are not part of the row).</summary>
    public static void NetworkRule(Entity target, Entity? preImage)
    {
        var rule = NetworkRuleReader.FromRow(Merge(target, preImage), Array.Empty<Guid>());
        var result = NetworkRuleValidator.Validate(rule);
        if (!result.IsValid)
            throw new RuleViolationException("The enrolment rule of network '" + rule.Name + "' cannot be saved:\n" + result.ErrorMessage);
    }

    private static void RefuseSecondActiveDefinition(IOrganizationService service, Guid id, string name)
    {
        var query = new QueryExpression(Definition.Table) { ColumnSet = new ColumnSet(Definition.Name), TopCount = 1 };
        query.Criteria.AddCondition(Definition.IsActive, ConditionOperator.Equal, true);
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        if (id != Guid.Empty) query.Criteria.AddCondition(Definition.Id, ConditionOperator.NotEqual, id);
        var other = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (other != null)
            throw new RuleViolationException("'" + name + "' cannot be made active while '" + other.GetAttributeValue<string>(Definition.Name) +
                "' is the active alumni definition; deactivate that one first, so it stays clear who counts as an alumnus.");
    }

    /// <summary>The row as it will be after the save: the stored columns overlaid with the changed ones.</summary>
    private static Entity Merge(Entity target, Entity? preImage)
    {
        var merged = new Entity(target.LogicalName) { Id = target.Id };
        if (preImage != null)
            foreach (var column in preImage.Attributes) merged[column.Key] = column.Value;
        foreach (var column in target.Attributes) merged[column.Key] = column.Value;
        return merged;
    }
}
