using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests;

/// <summary>Environments for the harness tests: bare, or with the test solution's registrations loaded.</summary>
internal static class TestEnvironments
{
    public static string SolutionFolder => Path.Combine(AppContext.BaseDirectory, "TestSolution");

    public static InMemoryDataverseEnvironment Bare() => new() { ValidateLookups = false };

    public static InMemoryDataverseEnvironment WithTestSolution() =>
        new InMemoryDataverseEnvironment { ValidateLookups = false }
            .LoadSolution(SolutionFolder, typeof(TestEnvironments).Assembly);

    public static OrganizationServiceFault Fault(Action action) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(action).Detail;
}
