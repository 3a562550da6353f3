using System;

namespace Microsoft.Xrm.Sdk.Extensions;

public static class ServiceProviderExtensions
{
    public static T Get<T>(this IServiceProvider serviceProvider)
    {
        if (serviceProvider == null) throw new ArgumentNullException(nameof(serviceProvider));
        return (T)serviceProvider.GetService(typeof(T));
    }

    public static IOrganizationService GetOrganizationService(this IServiceProvider serviceProvider, Guid id)
    {
        var factory = serviceProvider.Get<IOrganizationServiceFactory>();
        if (factory == null)
        {
            throw new InvalidOperationException("The service provider has no IOrganizationServiceFactory.");
        }
        return factory.CreateOrganizationService(id);
    }
}
