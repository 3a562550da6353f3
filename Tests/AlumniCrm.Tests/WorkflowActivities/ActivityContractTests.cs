using System.Globalization;
namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>
/// What each activity offers comms staff, as docs/workflow-activities.md describes it: the labels,
/// types, targets, required inputs and defaults (by the choice's English label). A change here is
/// a change users see in their processes — and must be made in the docs too.
/// </summary>
public class ActivityContractTests
{
    private const string Reference = "Microsoft.Xrm.Sdk.EntityReference";
    private const string Choice = "Microsoft.Xrm.Sdk.OptionSetValue";
    private const string Money = "Microsoft.Xrm.Sdk.Money";
    private const string Bool = "System.Boolean";
    private const string Date = "System.DateTime";
    private const string Int = "System.Int32";
    private const string Text = "System.String";

    public sealed record Expected(ArgumentDirection Direction, string Label, string Type, string? Target = null,
        bool Required = false, string? DefaultLabel = null);

    private static Expected In(string label, string type, string? target = null, bool required = false, string? defaultLabel = null) =>
        new(ArgumentDirection.In, label, type, target, required, defaultLabel);

    private static Expected Out(string label, string type, string? target = null) => new(ArgumentDirection.Out, label, type, target);

    private static readonly Dictionary<string, (string FriendlyName, Expected[] Arguments)> Contract = new()
    {
        ["CheckContactability"] = ("Check contactability",
        [
            In("Person", Reference, "contact", required: true),
            In("Purpose", Choice, "alm_consent.alm_purpose", required: true),
            In("Channel", Choice, "alm_consent.alm_channel", required: true, defaultLabel: "E-mail"),
            Out("Contact allowed", Bool),
            Out("Lawful basis", Choice, "alm_consent.alm_lawfulbasis"),
            Out("Valid until", Date),
            Out("Reason", Text),
        ]),
        ["EnrolInEligibleNetworks"] = ("Enrol in eligible networks",
        [
            In("Person", Reference, "contact", required: true),
            Out("Networks joined", Int),
            Out("Summary", Text),
        ]),
        ["JoinNetwork"] = ("Join network",
        [
            In("Person", Reference, "contact", required: true),
            In("Network", Reference, "alm_network", required: true),
            In("How they joined", Choice, "alm_networkmembership.alm_membershipsource", required: true, defaultLabel: "Self-registered"),
            Out("Membership", Reference, "alm_networkmembership"),
            Out("Membership changed", Bool),
            Out("What happened", Text),
        ]),
        ["LeaveNetwork"] = ("Leave network",
        [
            In("Person", Reference, "contact", required: true),
            In("Network", Reference, "alm_network", required: true),
            In("Reason for leaving", Choice, "alm_networkmembership.alm_leavereason", required: true, defaultLabel: "Member's own choice"),
            In("Comment", Text),
            Out("Membership", Reference, "alm_networkmembership"),
            Out("Membership changed", Bool),
            Out("What happened", Text),
        ]),
        ["GetAlumniEntitlements"] = ("Alumni entitlements",
        [
            In("Person", Reference, "contact", required: true),
            In("As of date (empty = today)", Date),
            Out("Alumni status", Choice, "contact.alm_alumnistatus"),
            Out("Why this status", Text),
            Out("Latest graduation date", Date),
            Out("Years since graduation", Int),
            Out("Eligible for career services", Bool),
            Out("Career services eligible until", Date),
            Out("Contact on legitimate interest allowed", Bool),
            Out("Contact on legitimate interest until", Date),
        ]),
        ["RecordEngagement"] = ("Record engagement",
        [
            In("Person", Reference, "contact", required: true),
            In("Type of engagement", Choice, "alm_engagement.alm_engagementtype", required: true),
            In("Date (empty = today)", Date),
            In("Faculty", Reference, "alm_faculty"),
            In("Estimated value (NOK)", Money),
            In("Description", Text),
            Out("Engagement", Reference, "alm_engagement"),
        ]),
    };

    public static TheoryData<string> Activities() => new(Contract.Keys);

    [Fact]
    public void The_assembly_offers_exactly_the_documented_activities()
    {
        Assert.Equal(Contract.Keys.Order(), BuiltWorkflowAssembly.Current.Activities.Select(a => a.Name).Order());
        var registered = WorkflowRegistration.Read().Activities.ToDictionary(r => r.TypeName.Split('.').Last(), r => r.FriendlyName);
        Assert.Equal(Contract.ToDictionary(c => c.Key, c => c.Value.FriendlyName), registered);
    }

    [Theory, MemberData(nameof(Activities))]
    public void Arguments_are_the_documented_ones_in_order(string activity)
    {
        var type = BuiltWorkflowAssembly.Current.Activities.Single(a => a.Name == activity);
        var actual = ActivityArgument.Of(type).OrderBy(a => a.Property.MetadataToken).Select(a => new Expected(
            a.Direction, a.DisplayName, a.ValueType!,
            a.ReferenceTarget ?? (a.AttributeTarget is { } t ? t.Table + "." + t.Column : null),
            a.IsRequired,
            a.Default is { } value && a.AttributeTarget is { } target
                ? SolutionColumns.Current.Label(SolutionColumns.Current.ChoiceOf(target.Table, target.Column)!, int.Parse(value, CultureInfo.InvariantCulture))
                : a.Default)).ToList();

        Assert.Equal(Contract[activity].Arguments, actual);
    }

    [Fact]
    public void The_user_guide_names_every_activity_and_every_argument_label()
    {
        var guide = File.ReadAllText(Path.Combine(BuiltWorkflowAssembly.Current.RepositoryRoot, "docs", "workflow-activities.md"));
        foreach (var (_, (friendlyName, arguments)) in Contract)
        {
            Assert.Contains("## " + friendlyName, guide);
            foreach (var argument in arguments) Assert.Contains("**" + argument.Label + "**", guide);
        }
    }
}
