using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Registrations;
using AlumniCrm.LocalDataverse.Tests.Plugins;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests;

public class CustomApiTests
{
    [Fact]
    public void A_custom_api_from_the_solution_runs_its_plugin_at_stage_30_and_returns_its_outputs()
    {
        var env = TestEnvironments.WithTestSolution();

        var response = env.CreateService().Execute(new OrganizationRequest("tst_Echo") { ["Text"] = "hei" });

        Assert.Equal("tst_Echo", response.ResponseName);
        Assert.Equal("HEI", response["Echo"]);
        Assert.Equal(3, response["Length"]);
        Assert.Equal(30, response["Stage"]);
        Assert.Equal(1, env.Requests.Count("tst_Echo"));
    }

    [Fact]
    public void A_missing_required_parameter_faults()
    {
        var env = TestEnvironments.WithTestSolution();

        var fault = TestEnvironments.Fault(() => env.CreateService().Execute(new OrganizationRequest("tst_Echo")));

        Assert.Equal(ErrorCodes.MissingRequiredParameter, fault.ErrorCode);
        Assert.Contains("Text", fault.Message);
    }

    [Fact]
    public void A_custom_api_registered_in_code_and_an_unknown_message()
    {
        var env = TestEnvironments.Bare().RegisterCustomApi("tst_Shout", typeof(EchoApiPlugin), new CustomApiParameter("Text", 10, false));

        var response = env.CreateService().Execute(new OrganizationRequest("tst_Shout") { ["Text"] = "abc" });
        var unknown = TestEnvironments.Fault(() => env.CreateService().Execute(new OrganizationRequest("tst_Unknown")));

        Assert.Equal("ABC", response["Echo"]);
        Assert.Equal(ErrorCodes.UnrecognizedRequest, unknown.ErrorCode);
    }
}
