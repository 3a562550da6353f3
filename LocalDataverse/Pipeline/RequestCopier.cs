using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>
/// A deep copy of a request, made where a request enters the service: Dataverse serialises every
/// request, so neither the store nor a plugin changing its Target ever touches the caller's objects.
/// </summary>
internal static class RequestCopier
{
    public static OrganizationRequest Copy(OrganizationRequest request)
    {
        var copy = request.GetType().GetConstructor(Type.EmptyTypes) is not null
            ? (OrganizationRequest)Activator.CreateInstance(request.GetType())!
            : new OrganizationRequest();
        copy.RequestName = request.RequestName;
        copy.RequestId = request.RequestId;
        var parameters = new ParameterCollection();
        foreach (var parameter in request.Parameters) parameters[parameter.Key] = CopyValue(parameter.Value);
        copy.Parameters = parameters;
        return copy;
    }

    private static object? CopyValue(object? value)
    {
        if (value is not OrganizationRequestCollection requests) return ValueCloner.CloneValue(value);
        var copies = new OrganizationRequestCollection();
        foreach (var item in requests) copies.Add(Copy(item));
        return copies;
    }
}
