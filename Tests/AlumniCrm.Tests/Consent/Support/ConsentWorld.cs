extern alias plugins;

using System.ServiceModel;
using System.Xml.Linq;
using AlumniCrm.Domain.Consent;
using AlumniCrm.LocalDataverse;
using AlumniCrm.LocalDataverse.Registrations;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Consent.Support;

/// <summary>
/// The in-memory Dataverse with the product solution loaded from <c>Solution/</c> (the real step files
/// and custom APIs), an active alumni definition (5 years legitimate interest, 2 years career
/// services) and a suppression key added as an administrator does (a row of alm_suppressionkey).
/// </summary>
public sealed class ConsentWorld
{
    /// <summary>32 fixed bytes, base64: the key an administrator would add (Alumni settings → Suppression keys).</summary>
    public const string SuppressionKey = "c3VwcHJlc3Npb24ta2V5LWZvci10ZXN0cy0zMi1ieXRlcyE=";

    private ConsentWorld(InMemoryDataverseEnvironment env)
    {
        Env = env;
        Service = env.CreateService();
    }

    public InMemoryDataverseEnvironment Env { get; }

    /// <summary>Acts as the test user (env.CallerId).</summary>
    public IOrganizationService Service { get; }

    public DateTime Now => Env.Clock.UtcNow;

    public static ConsentWorld Create(bool withSuppressionKey = true)
    {
        var env = new InMemoryDataverseEnvironment();
        // A platform relationship (list ↔ contact through listmember); not part of the solution source.
        env.DeclareManyToMany("listcontact_association", "listmember", "list", "listid", "contact", "entityid");
        env.LoadDeployedSolution(Infrastructure.RepositoryPaths.SolutionFolder, Infrastructure.RepositoryPaths.DeployTimeStepsFolder, typeof(plugins::AlumniCrm.Plugins.Steps.PluginBase).Assembly);
        var world = new ConsentWorld(env);
        env.Seed(new Entity("alm_alumnidefinition")
        {
            ["alm_name"] = "Alumni definition",
            ["alm_isactive"] = true,
            ["alm_legitimateinterestyears"] = 5,
            ["alm_careerservicesyears"] = 2,
        });
        if (withSuppressionKey) world.SetSuppressionKey(SuppressionKey);
        return world;
    }

    /// <summary>What an administrator does once per environment, and again to rotate: add a key, activated now.</summary>
    public Guid SetSuppressionKey(string base64, string name = "Suppression key", DateTime? activatedOn = null)
    {
        var row = new Entity("alm_suppressionkey") { ["alm_name"] = name, ["alm_key"] = base64, ["alm_activatedon"] = activatedOn ?? Now };
        Env.Seed(row);
        return row.Id;
    }

    /// <summary>Seeds a contact (no plugins run).</summary>
    public Guid Person(string first, string last, DateTime? graduated = null, string? email = "alumnus@example.org", string? mobile = null,
        string? studentNumber = null, string? personNumber = null)
    {
        var contact = new Entity("contact")
        {
            ["firstname"] = first,
            ["lastname"] = last,
            ["fullname"] = first + " " + last,
            ["emailaddress1"] = email,
            ["mobilephone"] = mobile,
            ["alm_latestgraduationdate"] = graduated,
            ["alm_fsstudentnumber"] = studentNumber,
            ["alm_fspersonnumber"] = personNumber,
        };
        foreach (var empty in contact.Attributes.Where(a => a.Value is null).Select(a => a.Key).ToList()) contact.Attributes.Remove(empty);
        Env.Seed(contact);
        return contact.Id;
    }

    public static Entity Grant(Guid person, ConsentPurpose purpose, ContactChannel channel, ConsentSource source = ConsentSource.SelfServiceForm,
        string? evidence = "I want the alumni newsletter by e-mail.", DateTime? validFrom = null, DateTime? validUntil = null) =>
        Row(person, purpose, channel, ConsentStatus.Granted, LawfulBasis.Consent, source, evidence, validFrom, validUntil);

    public static Entity Withdrawal(Guid person, ConsentPurpose? purpose, ContactChannel? channel, ConsentSource source = ConsentSource.SelfServiceForm,
        DateTime? validFrom = null) =>
        Row(person, purpose, channel, ConsentStatus.Withdrawn, null, source, null, validFrom, null);

    private static Entity Row(Guid person, ConsentPurpose? purpose, ContactChannel? channel, ConsentStatus status, LawfulBasis? basis,
        ConsentSource source, string? evidence, DateTime? validFrom, DateTime? validUntil)
    {
        var row = new Entity("alm_consent")
        {
            ["alm_contactid"] = new EntityReference("contact", person),
            ["alm_consentstatus"] = new OptionSetValue((int)status),
            ["alm_source"] = new OptionSetValue((int)source),
        };
        if (purpose is { } p) row["alm_purpose"] = new OptionSetValue((int)p);
        if (channel is { } c) row["alm_channel"] = new OptionSetValue((int)c);
        if (basis is { } b) row["alm_lawfulbasis"] = new OptionSetValue((int)b);
        if (evidence != null) row["alm_evidence"] = evidence;
        if (validFrom is { } from) row["alm_validfrom"] = from;
        if (validUntil is { } until) row["alm_validuntil"] = until;
        return row;
    }

    /// <summary>Seeds a marketing list of contacts.</summary>
    public Guid List(string name, ConsentPurpose? purpose, ContactChannel? channel)
    {
        var list = new Entity("list") { ["listname"] = name, ["createdfromcode"] = new OptionSetValue(2), ["type"] = false };
        if (purpose is { } p) list["alm_purpose"] = new OptionSetValue((int)p);
        if (channel is { } c) list["alm_channel"] = new OptionSetValue((int)c);
        Env.Seed(list);
        return list.Id;
    }

    public Entity Row(string table, Guid id) => Env.Store.Get(table, id) ?? throw new InvalidOperationException($"No {table} {id}.");

    public IReadOnlyList<Entity> Rows(string table) => Env.Store.All(table);

    /// <summary>The message of the fault a request fails with.</summary>
    public static string Refusal(Action request) => Assert.Throws<FaultException<OrganizationServiceFault>>(request).Detail.Message;
}
