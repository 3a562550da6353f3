using System;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>Reads custom API request parameters with messages that name the API and the parameter.</summary>
internal static class ApiParameters
{
    public static EntityReference RequiredReference(StepContext step, string api, string name) =>
        Optional<EntityReference>(step, name) ?? throw new InvalidPluginExecutionException(api + " needs the parameter " + name + ".");

    public static T? Optional<T>(StepContext step, string name) where T : class =>
        step.Context.InputParameters.Contains(name) ? step.Context.InputParameters[name] as T : null;

    public static int? OptionalInt(StepContext step, string name) =>
        step.Context.InputParameters.Contains(name) ? step.Context.InputParameters[name] as int? : null;

    public static void Set(StepContext step, string name, object? value) => step.Context.OutputParameters[name] = value;
}
