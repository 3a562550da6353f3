using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>Choice columns to the domain's enums (whose values are the option values) and back.</summary>
public static class ChoiceValues
{
    public static T? Read<T>(Entity row, string column) where T : struct =>
        row.GetAttributeValue<OptionSetValue>(column) is { } option ? (T)(object)option.Value : null;

    public static OptionSetValue Of(int value) => new OptionSetValue(value);
}
