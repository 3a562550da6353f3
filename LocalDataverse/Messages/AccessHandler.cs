using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>GrantAccess (adds rights) and ModifyAccess (sets rights) on the principal-object-access table.</summary>
internal sealed class AccessHandler : IMessageHandler
{
    private readonly bool _replace;

    private AccessHandler(string messageName, bool replace)
    {
        MessageName = messageName;
        _replace = replace;
    }

    public static AccessHandler Grant() => new(MessageNames.GrantAccess, replace: false);

    public static AccessHandler Modify() => new(MessageNames.ModifyAccess, replace: true);

    public string MessageName { get; }

    public string? PrimaryEntityOf(OrganizationRequest request) => HandlerContext.OptionalParameter<EntityReference>(request, "Target")?.LogicalName;

    public Guid PrimaryIdOf(OrganizationRequest request) => HandlerContext.OptionalParameter<EntityReference>(request, "Target")?.Id ?? Guid.Empty;

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var target = HandlerContext.Parameter<EntityReference>(operation.Request, "Target");
        var access = HandlerContext.Parameter<PrincipalAccess>(operation.Request, "PrincipalAccess");
        if (access.Principal is null) throw DataverseFaults.InvalidArgument($"{MessageName} needs PrincipalAccess.Principal.");
        var id = context.Writer.ResolveExisting(target.LogicalName, target.Id, target.KeyAttributes);
        if (!context.Store.Exists(access.Principal.LogicalName, access.Principal.Id))
        {
            throw DataverseFaults.DoesNotExist(access.Principal.LogicalName, access.Principal.Id);
        }
        context.Sharing.Grant(new EntityReference(target.LogicalName, id), access.Principal, access.AccessMask, _replace);
        operation.PrimaryEntityId = id;
        var response = new OrganizationResponse();
        return Responses.With(response, MessageName, operation.Output);
    }
}
