using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Creates an account that a nested plugin rejects, catches the fault and carries on — which Dataverse does not allow.</summary>
public sealed class SwallowingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var (_, tracing, service) = PluginServices.From(serviceProvider);
        try
        {
            service.Create(new Entity("account") { ["name"] = "boom from a plugin" });
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            tracing.Trace("ignored: {0}", fault.Detail.Message);
        }
    }
}
