using System.Reflection;

namespace AlumniCrm.Tests.WorkflowActivities;

public enum ArgumentDirection { In, Out, Other }

/// <summary>One argument property of an activity as the process designer reads it: from its attributes.</summary>
public sealed record ActivityArgument(
    PropertyInfo Property,
    ArgumentDirection Direction,
    string? ValueType,
    IReadOnlyList<string> InputNames,
    IReadOnlyList<string> OutputNames,
    string? ReferenceTarget,
    (string Table, string Column)? AttributeTarget,
    string? Default,
    bool IsRequired)
{
    private const string Workflow = "Microsoft.Xrm.Sdk.Workflow.";

    /// <summary>The label the designer shows (the one Input or Output name).</summary>
    public string DisplayName => InputNames.Concat(OutputNames).Single();

    public string Describe => Property.DeclaringType!.Name + "." + Property.Name;

    public static IReadOnlyList<ActivityArgument> Of(Type activity) =>
        activity.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.Namespace == "System.Activities")
            .Select(Read).ToList();

    private static ActivityArgument Read(PropertyInfo property)
    {
        var attributes = property.GetCustomAttributesData();
        var definition = property.PropertyType.GetGenericTypeDefinition().FullName;
        var direction = definition switch
        {
            "System.Activities.InArgument`1" => ArgumentDirection.In,
            "System.Activities.OutArgument`1" => ArgumentDirection.Out,
            _ => ArgumentDirection.Other,
        };
        var attributeTarget = Arguments(attributes, Workflow + "AttributeTargetAttribute").FirstOrDefault();
        return new ActivityArgument(
            property,
            direction,
            property.PropertyType.GetGenericArguments()[0].FullName,
            Arguments(attributes, Workflow + "InputAttribute").Select(a => a[0]).ToList(),
            Arguments(attributes, Workflow + "OutputAttribute").Select(a => a[0]).ToList(),
            Arguments(attributes, Workflow + "ReferenceTargetAttribute").Select(a => a[0]).SingleOrDefault(),
            attributeTarget is null ? null : (attributeTarget[0], attributeTarget[1]),
            Arguments(attributes, Workflow + "DefaultAttribute").Select(a => a[0]).SingleOrDefault(),
            attributes.Any(a => a.AttributeType.FullName == "System.Activities.RequiredArgumentAttribute"));
    }

    private static IEnumerable<string[]> Arguments(IEnumerable<CustomAttributeData> attributes, string attributeType) =>
        attributes.Where(a => a.AttributeType.FullName == attributeType)
            .Select(a => a.ConstructorArguments.Select(c => (string)c.Value!).ToArray());
}
