using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Registrations;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>
/// A custom API: required request parameters are checked, then its plugin type runs as the main
/// operation (stage 30) with the request's Parameters as InputParameters; its OutputParameters are
/// the response's Results. Without a plugin type the API does nothing (steps may still run).
/// </summary>
internal sealed class CustomApiHandler : IMessageHandler
{
    private readonly CustomApiRegistration _api;

    public CustomApiHandler(CustomApiRegistration api) => _api = api;

    public string MessageName => _api.UniqueName;

    public string? PrimaryEntityOf(OrganizationRequest request) =>
        _api.BindingType == 0 ? null : _api.BoundEntity ?? HandlerContext.OptionalParameter<EntityReference>(request, "Target")?.LogicalName;

    public Guid PrimaryIdOf(OrganizationRequest request) =>
        _api.BindingType == 1 ? HandlerContext.OptionalParameter<EntityReference>(request, "Target")?.Id ?? Guid.Empty : Guid.Empty;

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        foreach (var parameter in _api.RequestParameters ?? Array.Empty<CustomApiParameter>())
        {
            if (parameter.IsOptional) continue;
            if (!operation.Request.Parameters.TryGetValue(parameter.UniqueName, out var value) || value is null)
            {
                throw DataverseFaults.Create(ErrorCodes.MissingRequiredParameter,
                    $"Required parameter '{parameter.UniqueName}' of {_api.UniqueName} is missing.");
            }
        }
        if (_api.PluginType != null) context.Engine.RunMainOperation(_api.PluginType, operation);
        return Responses.With(new OrganizationResponse(), MessageName, operation.Output);
    }
}
