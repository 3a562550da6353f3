using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>
/// Reads an environment variable the way Dataverse resolves it: the environment's value row when
/// there is one, else the definition's default. Read from the tables (documented for plugins), so it
/// works in every sandbox version and in the in-memory Dataverse.
/// </summary>
public static class EnvironmentVariables
{
    public const string DefinitionTable = "environmentvariabledefinition";
    public const string DefinitionId = "environmentvariabledefinitionid";
    public const string SchemaName = "schemaname";
    public const string DefaultValue = "defaultvalue";
    public const string ValueTable = "environmentvariablevalue";
    public const string Value = "value";

    /// <summary>The current value, or null when the definition is missing or has neither value nor default.</summary>
    public static string? Read(IOrganizationService service, string schemaName)
    {
        var definitions = new QueryExpression(DefinitionTable) { ColumnSet = new ColumnSet(DefinitionId, DefaultValue), TopCount = 1 };
        definitions.Criteria.AddCondition(new ConditionExpression(SchemaName, ConditionOperator.Equal, schemaName));
        var definition = service.RetrieveMultiple(definitions).Entities.FirstOrDefault();
        if (definition == null) return null;

        var values = new QueryExpression(ValueTable) { ColumnSet = new ColumnSet(Value), TopCount = 1 };
        values.Criteria.AddCondition(new ConditionExpression(DefinitionId, ConditionOperator.Equal, definition.Id));
        var value = service.RetrieveMultiple(values).Entities.FirstOrDefault()?.GetAttributeValue<string>(Value);
        return string.IsNullOrWhiteSpace(value) ? definition.GetAttributeValue<string>(DefaultValue) : value;
    }
}
