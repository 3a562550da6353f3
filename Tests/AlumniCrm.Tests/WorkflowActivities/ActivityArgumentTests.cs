using System.Text.RegularExpressions;

namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>
/// Every argument is one the process designer can show and bind: the right attributes for its
/// direction and type, targets that exist in the solution, labels comms staff can read.
/// </summary>
public class ActivityArgumentTests
{
    // The types the classic process designer accepts for activity arguments.
    private static readonly HashSet<string> DesignerTypes =
    [
        "System.Boolean", "System.DateTime", "System.Decimal", "System.Double", "System.Int32", "System.String",
        "Microsoft.Xrm.Sdk.EntityReference", "Microsoft.Xrm.Sdk.Money", "Microsoft.Xrm.Sdk.OptionSetValue",
    ];

    private static readonly SolutionColumns Solution = SolutionColumns.Current;

    public static TheoryData<string> Activities() => new(BuiltWorkflowAssembly.Current.Activities.Select(a => a.Name));

    private static IReadOnlyList<ActivityArgument> ArgumentsOf(string activity) =>
        ActivityArgument.Of(BuiltWorkflowAssembly.Current.Activities.Single(a => a.Name == activity));

    [Theory, MemberData(nameof(Activities))]
    public void Inputs_carry_only_Input_and_outputs_only_Output_with_one_label_each(string activity)
    {
        foreach (var argument in ArgumentsOf(activity))
        {
            Assert.True(argument.Direction != ArgumentDirection.Other, argument.Describe + " is neither InArgument<T> nor OutArgument<T>");
            var (expected, other) = argument.Direction == ArgumentDirection.In
                ? (argument.InputNames, argument.OutputNames)
                : (argument.OutputNames, argument.InputNames);
            Assert.True(expected.Count == 1, argument.Describe + " needs exactly one " + (argument.Direction == ArgumentDirection.In ? "[Input]" : "[Output]"));
            Assert.True(other.Count == 0, argument.Describe + " carries the attribute of the other direction");
        }
    }

    [Theory, MemberData(nameof(Activities))]
    public void Labels_are_plain_english_and_unique_within_the_activity(string activity)
    {
        var arguments = ArgumentsOf(activity);
        foreach (var argument in arguments)
        {
            var label = argument.DisplayName;
            Assert.Matches(new Regex(@"^[A-Z][a-z]"), label);                  // a sentence, starting with a word
            Assert.DoesNotMatch(new Regex(@"[a-z][A-Z]|_|\balm"), label);     // no code names (ContactId, alm_purpose)
        }
        var labels = arguments.Select(a => a.DisplayName).ToList();
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory, MemberData(nameof(Activities))]
    public void Argument_types_are_types_the_process_designer_supports(string activity)
    {
        foreach (var argument in ArgumentsOf(activity))
            Assert.True(DesignerTypes.Contains(argument.ValueType!), argument.Describe + " has type " + argument.ValueType);
    }

    [Theory, MemberData(nameof(Activities))]
    public void Every_reference_argument_and_only_those_targets_a_table_of_the_solution(string activity)
    {
        foreach (var argument in ArgumentsOf(activity))
        {
            if (argument.ValueType != "Microsoft.Xrm.Sdk.EntityReference")
            {
                Assert.True(argument.ReferenceTarget is null, argument.Describe + " is not a reference but has [ReferenceTarget]");
                continue;
            }
            Assert.True(argument.ReferenceTarget is not null, argument.Describe + " needs [ReferenceTarget]");
            Assert.True(Solution.HasTable(argument.ReferenceTarget!), argument.Describe + " targets " + argument.ReferenceTarget + ", not a table of the solution");
            Assert.Equal(argument.ReferenceTarget!.ToLowerInvariant(), argument.ReferenceTarget);   // logical names
        }
    }

    [Theory, MemberData(nameof(Activities))]
    public void Every_choice_argument_and_only_those_targets_a_choice_column_and_defaults_to_one_of_its_options(string activity)
    {
        foreach (var argument in ArgumentsOf(activity))
        {
            if (argument.ValueType != "Microsoft.Xrm.Sdk.OptionSetValue")
            {
                Assert.True(argument.AttributeTarget is null, argument.Describe + " is not a choice but has [AttributeTarget]");
                continue;
            }
            Assert.True(argument.AttributeTarget is not null, argument.Describe + " needs [AttributeTarget]");
            var (table, column) = argument.AttributeTarget!.Value;
            var choice = Solution.ChoiceOf(table, column);
            Assert.True(choice is not null, argument.Describe + " targets " + table + "." + column + ", not a choice column of the solution");
            if (argument.Default is { } value)
                Assert.True(int.TryParse(value, out var option) && Solution.Label(choice!, option) is not null,
                    argument.Describe + " defaults to " + value + ", not an option of " + choice);
        }
    }

    [Theory, MemberData(nameof(Activities))]
    public void Required_and_default_belong_to_inputs_and_a_person_is_always_required(string activity)
    {
        var arguments = ArgumentsOf(activity);
        Assert.All(arguments.Where(a => a.Direction == ArgumentDirection.Out), a =>
        {
            Assert.False(a.IsRequired, a.Describe);
            Assert.Null(a.Default);
        });
        // Every alumni activity is about one person, chosen from the contact the process runs on or a lookup.
        var person = Assert.Single(arguments, a => a.Direction == ArgumentDirection.In && a.ReferenceTarget == "contact");
        Assert.True(person.IsRequired);
        Assert.Equal("Person", person.DisplayName);
        Assert.Null(person.Default);
    }

    [Theory, MemberData(nameof(Activities))]
    public void Every_output_is_set_by_the_activity_so_none_is_decoration(string activity)
    {
        // An output nobody sets would show in the designer and always be empty: the activity's Run
        // must read the property (to call Set on it). Checked on the compiled IL via the getter's token.
        var type = BuiltWorkflowAssembly.Current.Activities.Single(a => a.Name == activity);
        var run = type.GetMethod("Run", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.DeclaredOnly)!;
        var calledTokens = IlCalls.MethodTokens(run.GetMethodBody()!.GetILAsByteArray()!);
        foreach (var argument in ArgumentsOf(activity))
            Assert.True(calledTokens.Contains(argument.Property.GetMethod!.MetadataToken),
                argument.Describe + " is never read by Run, so it is never " + (argument.Direction == ArgumentDirection.In ? "used" : "set"));
    }
}
