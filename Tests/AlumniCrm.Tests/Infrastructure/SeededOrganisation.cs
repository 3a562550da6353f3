using AlumniCrm.LocalDataverse;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Infrastructure;

/// <summary>
/// A small university arranged with <see cref="InMemoryDataverseEnvironment.Seed"/> (no plugins, no
/// requests counted): three faculties (each with its business unit and alumni owner team), an
/// institute each, five study programmes, a central team, and the active alumni definition
/// "USN" (a completed degree; continuing education counts). Networks are added per test with
/// <see cref="SeedNetwork"/>.
/// </summary>
public sealed class SeededOrganisation
{
    private readonly InMemoryDataverseEnvironment _env;

    private SeededOrganisation(InMemoryDataverseEnvironment env) => _env = env;

    public Faculty Business { get; private set; } = null!;
    public Faculty Technology { get; private set; } = null!;
    public Faculty Health { get; private set; } = null!;

    /// <summary>BØA, Bachelor, business faculty (institute of economics).</summary>
    public Guid EconomicsBachelor { get; private set; }
    /// <summary>MØA, Master, business faculty.</summary>
    public Guid EconomicsMaster { get; private set; }
    /// <summary>SHIP, Bachelor in shipping and logistics, technology faculty.</summary>
    public Guid ShippingBachelor { get; private set; }
    /// <summary>OPT, Bachelor in optometry, health faculty.</summary>
    public Guid OptometryBachelor { get; private set; }
    /// <summary>ÅRS-ØK, one-year programme, business faculty (never a degree).</summary>
    public Guid EconomicsOneYear { get; private set; }

    /// <summary>The team that owns institution-level networks.</summary>
    public Guid CentralTeam { get; private set; }

    public Guid DefinitionId { get; private set; }

    public static SeededOrganisation Seed(InMemoryDataverseEnvironment env)
    {
        var org = new SeededOrganisation(env);
        org.CentralTeam = org.SeedTeam("Central alumni team", env.Users.RootBusinessUnitId);
        org.Business = org.SeedFaculty("Handelshøyskolen", "HH", "Institutt for økonomi", "HH.10");
        org.Technology = org.SeedFaculty("Teknologi og maritime fag", "TNM", "Institutt for maritime operasjoner", "TNM.20");
        org.Health = org.SeedFaculty("Helse- og sosialvitenskap", "HS", "Institutt for optometri", "HS.30");
        org.EconomicsBachelor = org.SeedProgramme("BØA", "Økonomi og administrasjon", org.Business, Choices.DegreeLevel.Bachelor);
        org.EconomicsMaster = org.SeedProgramme("MØA", "Master i økonomi og administrasjon", org.Business, Choices.DegreeLevel.Master);
        org.ShippingBachelor = org.SeedProgramme("SHIP", "Shipping og logistikk", org.Technology, Choices.DegreeLevel.Bachelor);
        org.OptometryBachelor = org.SeedProgramme("OPT", "Optometri", org.Health, Choices.DegreeLevel.Bachelor);
        org.EconomicsOneYear = org.SeedProgramme("ÅRS-ØK", "Årsstudium i økonomi", org.Business, Choices.DegreeLevel.OneYearProgramme);

        var definition = new Entity("alm_alumnidefinition")
        {
            ["alm_name"] = "USN",
            ["alm_isactive"] = true,
            ["alm_requirescompleteddegree"] = true,
            ["alm_minimumcredits"] = 0m,
            ["alm_includeexchange"] = false,
            ["alm_includecontinuingeducation"] = true,
            ["alm_includestaff"] = false,
            ["alm_allowstudentpreregistration"] = true,
            ["alm_legitimateinterestyears"] = 5,
            ["alm_careerservicesyears"] = 2,
        };
        env.Seed(definition);
        org.DefinitionId = definition.Id;
        return org;
    }

    /// <summary>Adds a network (and its programme links) straight into the store.</summary>
    public Guid SeedNetwork(string name, Faculty? faculty = null, bool autoEnrol = true, int status = Choices.NetworkStatus.Active,
        Guid[]? programmes = null, Faculty? ruleFaculty = null, int[]? levels = null, int? graduatedWithinYears = null,
        decimal? minimumCredits = null)
    {
        var network = new Entity("alm_network")
        {
            ["alm_name"] = name,
            ["alm_level"] = new OptionSetValue(faculty is null ? Choices.NetworkLevel.Institution : Choices.NetworkLevel.Faculty),
            ["alm_networkstatus"] = new OptionSetValue(status),
            ["alm_autoenrol"] = autoEnrol,
            ["alm_ruleincludestudents"] = false,
            ["ownerid"] = new EntityReference("team", faculty?.TeamId ?? CentralTeam),
        };
        if (faculty != null) network["alm_facultyid"] = new EntityReference("alm_faculty", faculty.Id);
        if (ruleFaculty != null) network["alm_rulefacultyid"] = new EntityReference("alm_faculty", ruleFaculty.Id);
        if (levels is { Length: > 0 }) network["alm_rulelevels"] = new OptionSetValueCollection(levels.Select(l => new OptionSetValue(l)).ToList());
        if (graduatedWithinYears.HasValue) network["alm_rulegraduatedwithinyears"] = graduatedWithinYears.Value;
        if (minimumCredits.HasValue) network["alm_ruleminimumcredits"] = minimumCredits.Value;
        _env.Seed(network);
        foreach (var programme in programmes ?? Array.Empty<Guid>()) LinkProgramme(network.Id, programme);
        return network.Id;
    }

    /// <summary>An association row of the N:N, as Associate would store it.</summary>
    public void LinkProgramme(Guid networkId, Guid programmeId) =>
        _env.Seed(new Entity("alm_network_studyprogramme")
        {
            ["alm_networkid"] = networkId,
            ["alm_studyprogrammeid"] = programmeId,
        });

    private Faculty SeedFaculty(string name, string code, string instituteName, string instituteCode)
    {
        var unitId = _env.Users.AddBusinessUnit(name);
        var teamId = SeedTeam("Alumniteam " + code, unitId);
        var faculty = new Entity("alm_faculty")
        {
            ["alm_name"] = name,
            ["alm_code"] = code,
            ["alm_businessunitid"] = new EntityReference("businessunit", unitId),
            ["alm_alumniteamid"] = new EntityReference("team", teamId),
        };
        _env.Seed(faculty);
        var institute = new Entity("alm_institute")
        {
            ["alm_name"] = instituteName,
            ["alm_code"] = instituteCode,
            ["alm_facultyid"] = new EntityReference("alm_faculty", faculty.Id),
        };
        _env.Seed(institute);
        return new Faculty(faculty.Id, code, teamId, unitId, institute.Id);
    }

    private Guid SeedTeam(string name, Guid businessUnitId)
    {
        var team = new Entity("team")
        {
            ["name"] = name,
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId),
            ["teamtype"] = new OptionSetValue(0),
        };
        _env.Seed(team);
        return team.Id;
    }

    private Guid SeedProgramme(string code, string name, Faculty faculty, int level)
    {
        var programme = new Entity("alm_studyprogramme")
        {
            ["alm_name"] = name,
            ["alm_code"] = code,
            ["alm_facultyid"] = new EntityReference("alm_faculty", faculty.Id),
            ["alm_instituteid"] = new EntityReference("alm_institute", faculty.InstituteId),
            ["alm_degreelevel"] = new OptionSetValue(level),
        };
        _env.Seed(programme);
        return programme.Id;
    }
}

/// <summary>A seeded faculty: its row, code, alumni owner team, business unit and its one institute.</summary>
public sealed record Faculty(Guid Id, string Code, Guid TeamId, Guid BusinessUnitId, Guid InstituteId)
{
    public EntityReference Team => new("team", TeamId);
}
