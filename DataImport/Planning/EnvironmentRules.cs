using System.Globalization;
using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;
using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Enrolment;

namespace AlumniCrm.DataImport.Planning;

/// <summary>The active alumni definition and the networks with their rules, read from the environment for the Domain rules.</summary>
public sealed record EnvironmentRules(AlumniDefinition? Definition, IReadOnlyList<NetworkRule> Networks)
{
    public static async Task<EnvironmentRules> ReadAsync(DataverseWebApiClient client, CancellationToken cancellationToken)
    {
        AlumniDefinition? definition = null;
        await foreach (var row in client.GetAllAsync($"{Tables.AlumniDefinition.EntitySet}?$select=alm_alumnidefinitionid,alm_name,alm_requirescompleteddegree,alm_minimumcredits,alm_includedlevels,alm_includeexchange,alm_includecontinuingeducation,alm_includestaff,alm_allowstudentpreregistration&$filter=alm_isactive eq true", cancellationToken).ConfigureAwait(false))
        {
            definition = new AlumniDefinition
            {
                Id = Guid.Parse(row["alm_alumnidefinitionid"]!.GetValue<string>()),
                Name = row["alm_name"]?.GetValue<string>() ?? "Alumni definition",
                RequiresCompletedDegree = Flag(row, "alm_requirescompleteddegree"),
                MinimumCredits = Number(row, "alm_minimumcredits"),
                IncludedLevels = Levels(row, "alm_includedlevels"),
                IncludeExchange = Flag(row, "alm_includeexchange"),
                IncludeContinuingEducation = Flag(row, "alm_includecontinuingeducation"),
                IncludeStaff = Flag(row, "alm_includestaff"),
                AllowStudentPreregistration = Flag(row, "alm_allowstudentpreregistration"),
            };
        }

        var networks = new List<NetworkRule>();
        await foreach (var row in client.GetAllAsync($"{Tables.Network.EntitySet}?$select=alm_networkid,alm_name,alm_networkstatus,alm_autoenrol,_alm_rulefacultyid_value,_alm_ruleinstituteid_value,alm_rulelevels,alm_ruleminimumcredits,alm_rulegraduatedwithinyears,alm_ruleincludestudents", cancellationToken).ConfigureAwait(false))
        {
            var id = Guid.Parse(row["alm_networkid"]!.GetValue<string>());
            var programmes = new List<Guid>();
            await foreach (var programme in client.GetAllAsync($"{Tables.Network.EntitySet}({id})/alm_network_studyprogramme?$select=alm_studyprogrammeid", cancellationToken).ConfigureAwait(false))
            {
                programmes.Add(Guid.Parse(programme["alm_studyprogrammeid"]!.GetValue<string>()));
            }

            networks.Add(new NetworkRule
            {
                NetworkId = id,
                Name = row["alm_name"]?.GetValue<string>() ?? string.Empty,
                Status = row["alm_networkstatus"] is { } status ? (NetworkStatus)(int)status.GetValue<decimal>() : NetworkStatus.Active,
                AutoEnrol = Flag(row, "alm_autoenrol"),
                ProgrammeIds = programmes,
                FacultyId = Id(row, "_alm_rulefacultyid_value"),
                InstituteId = Id(row, "_alm_ruleinstituteid_value"),
                Levels = Levels(row, "alm_rulelevels"),
                MinimumCredits = Number(row, "alm_ruleminimumcredits"),
                GraduatedWithinYears = row["alm_rulegraduatedwithinyears"] is { } years ? (int)years.GetValue<decimal>() : null,
                IncludeCurrentStudents = Flag(row, "alm_ruleincludestudents"),
            });
        }

        return new EnvironmentRules(definition, networks);
    }

    private static bool Flag(JsonObject row, string column) => row[column]?.GetValue<bool>() ?? false;

    private static decimal Number(JsonObject row, string column) => row[column]?.GetValue<decimal>() ?? 0m;

    private static Guid? Id(JsonObject row, string column) => row[column]?.GetValue<string>() is { } text ? Guid.Parse(text) : null;

    private static IReadOnlyCollection<DegreeLevel> Levels(JsonObject row, string column) =>
        row[column]?.GetValue<string>() is { Length: > 0 } text
            ? text.Split(',').Select(v => (DegreeLevel)int.Parse(v, CultureInfo.InvariantCulture)).ToList()
            : [];
}
