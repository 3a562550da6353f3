using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>Typed reads of row values, including columns of link-entities (<c>alias.column</c>).</summary>
public static class Rows
{
    public static Guid? LookupId(this Entity row, string column) => row.GetAttributeValue<EntityReference>(column)?.Id;

    public static int? Choice(this Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;

    public static IReadOnlyList<int> Choices(this Entity row, string column) =>
        row.GetAttributeValue<OptionSetValueCollection>(column)?.Select(o => o.Value).ToList() ?? new List<int>();

    public static bool Flag(this Entity row, string column) => row.GetAttributeValue<bool?>(column) ?? false;

    /// <summary>A value of a linked table: a lookup gives its id, a choice its value, anything else as is.</summary>
    public static object? Linked(this Entity row, string alias, string column)
    {
        var value = row.GetAttributeValue<AliasedValue>(alias + "." + column)?.Value;
        switch (value)
        {
            case EntityReference reference: return reference.Id;
            case OptionSetValue option: return option.Value;
            default: return value;
        }
    }

    public static Guid? LinkedId(this Entity row, string alias, string column) => row.Linked(alias, column) as Guid?;

    public static string? LinkedText(this Entity row, string alias, string column) => row.Linked(alias, column) as string;

    public static int? LinkedChoice(this Entity row, string alias, string column) => row.Linked(alias, column) as int?;
}
