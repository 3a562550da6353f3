extern alias plugins;

using System.Reflection;

namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>
/// The workflow assembly holds thin mappings only: its own types are the activities and their base
/// class; every other type is the compiled-in domain and services code the plugins run too. No
/// activity keeps state or has helpers of its own.
/// </summary>
public class ActivityAssemblyShapeTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    // Types the C# compiler emits or that the domain polyfills for .NET Framework; never public.
    private static readonly string[] CompilerSupportNamespaces =
        ["System.Runtime.CompilerServices", "System.Diagnostics.CodeAnalysis", "Microsoft.CodeAnalysis"];

    private static readonly Assembly Built = BuiltWorkflowAssembly.Current.Assembly;

    private static IEnumerable<Type> TopLevelTypes => Built.GetTypes().Where(t => t.DeclaringType is null);

    [Fact]
    public void Its_own_types_are_the_activities_and_their_base_class()
    {
        var own = TopLevelTypes.Where(t => t.Namespace == BuiltWorkflowAssembly.ActivityNamespace).ToList();

        var baseClass = Assert.Single(own, t => t.IsAbstract);
        Assert.Equal(BuiltWorkflowAssembly.BaseClassName, baseClass.FullName);
        Assert.Equal(BuiltWorkflowAssembly.CodeActivity, baseClass.BaseType!.FullName);
        foreach (var activity in own.Where(t => t != baseClass))
        {
            Assert.True(activity is { IsPublic: true, IsSealed: true }, activity.Name + " must be a public sealed activity");
            Assert.Equal(BuiltWorkflowAssembly.BaseClassName, activity.BaseType!.FullName);
        }
        Assert.Equal(own.Where(t => t != baseClass).OrderBy(t => t.FullName), BuiltWorkflowAssembly.Current.Activities);
    }

    [Fact]
    public void Every_other_type_is_shared_domain_or_services_code_that_the_plugin_assembly_compiles_too()
    {
        var pluginTypes = typeof(plugins::AlumniCrm.Plugins.Steps.PluginBase).Assembly.GetTypes().Select(t => t.FullName).ToHashSet();
        var problems = new List<string>();
        foreach (var type in TopLevelTypes.Where(t => t.Namespace != BuiltWorkflowAssembly.ActivityNamespace))
        {
            if (type.Name.StartsWith('<') || CompilerSupportNamespaces.Contains(type.Namespace))
            {
                if (type.IsPublic) problems.Add(type.FullName + " is compiler support but public");
                continue;
            }
            // The schema contract (AlumniCrm.Contract) is generated into both assemblies from Solution/.
            var shared = type.Namespace is { } ns && (ns.StartsWith("AlumniCrm.Domain", StringComparison.Ordinal) ||
                                                      ns.StartsWith("AlumniCrm.Plugins.Services", StringComparison.Ordinal) ||
                                                      ns.StartsWith("AlumniCrm.Contract", StringComparison.Ordinal));
            if (!shared) problems.Add(type.FullName + " is neither an activity nor shared domain/services code");
            else if (!pluginTypes.Contains(type.FullName)) problems.Add(type.FullName + " is not in the plugin assembly: logic only the activities have");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Activities_and_their_base_class_hold_no_state()
    {
        foreach (var type in BuiltWorkflowAssembly.Current.Activities.Append(Built.GetType(BuiltWorkflowAssembly.BaseClassName)!))
        {
            var backingFields = type.GetProperties(Declared).Select(p => "<" + p.Name + ">k__BackingField").ToHashSet();
            foreach (var field in type.GetFields(Declared).Where(f => !f.IsLiteral))   // constants are metadata, not state
                Assert.True(!field.IsStatic && backingFields.Contains(field.Name),
                    type.Name + "." + field.Name + " is state: activities are cached and shared across threads");
        }
    }

    [Fact]
    public void Activities_only_map_arguments_in_Run_and_have_no_helpers_or_nested_types()
    {
        foreach (var activity in BuiltWorkflowAssembly.Current.Activities)
        {
            Assert.Empty(activity.GetNestedTypes(Declared));   // no lambdas, closures or helper classes
            var methods = activity.GetMethods(Declared).Where(m => !m.IsSpecialName).Select(m => m.Name).ToList();
            Assert.Equal(["Run"], methods);
            var run = activity.GetMethod("Run", Declared)!;
            Assert.True(run.IsFamily && run.IsVirtual, activity.Name + ".Run must override the base class's Run");
        }
        var execute = Built.GetType(BuiltWorkflowAssembly.BaseClassName)!.GetMethod("Execute", Declared)!;
        Assert.True(execute.IsFinal, "The base class seals Execute so every activity gets the same services and error handling");
    }
}
