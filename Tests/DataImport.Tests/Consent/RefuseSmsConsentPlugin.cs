using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.DataImport.Tests.Consent;

/// <summary>
/// Stands in for any refusal of a consent row by the environment: refuses SMS rows and, like the
/// product's consent plugin, names the person in its message (the run report must not repeat it).
/// </summary>
public sealed class RefuseSmsConsentPlugin : IPlugin
{
    private const int Sms = 842100001;

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters["Target"] is not Entity target || target.GetAttributeValue<OptionSetValue>("alm_channel")?.Value != Sms) return;

        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var person = factory.CreateOrganizationService(null).Retrieve("contact", target.GetAttributeValue<EntityReference>("alm_contactid").Id, new ColumnSet("firstname", "lastname"));
        throw new InvalidPluginExecutionException(
            $"The consent row for {person.GetAttributeValue<string>("firstname")} {person.GetAttributeValue<string>("lastname")} cannot be recorded: SMS consents are not accepted here.");
    }
}
