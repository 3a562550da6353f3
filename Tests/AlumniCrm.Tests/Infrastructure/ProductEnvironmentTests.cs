using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.Tests.Infrastructure;

public class ProductEnvironmentTests
{
    [Fact]
    public void Loads_the_product_solution_and_seeds_the_organisation_without_requests()
    {
        var env = ProductEnvironment.Create();
        var org = SeededOrganisation.Seed(env);

        var faculties = env.CreateService().RetrieveMultiple(new QueryExpression("alm_faculty") { ColumnSet = new ColumnSet("alm_code", "alm_alumniteamid") });

        Assert.Equal(new[] { "HH", "HS", "TNM" }, faculties.Entities.Select(f => f.GetAttributeValue<string>("alm_code")).Order());
        Assert.All(faculties.Entities, f => Assert.NotNull(f.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>("alm_alumniteamid")));
        Assert.NotEqual(org.Business.TeamId, org.Technology.TeamId);
        Assert.Equal(1, env.Requests.Total);
    }
}
