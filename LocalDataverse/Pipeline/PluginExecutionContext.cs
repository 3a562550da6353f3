using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>The execution context a plugin receives (IPluginExecutionContext up to version 7).</summary>
public sealed class PluginExecutionContext : IPluginExecutionContext7
{
    public int Mode { get; internal set; }
    public int IsolationMode { get; internal set; } = 2;
    public int Depth { get; internal set; }
    public string MessageName { get; internal set; } = "";
    public string PrimaryEntityName { get; internal set; } = "none";
    public Guid? RequestId { get; internal set; }
    public string SecondaryEntityName { get; internal set; } = "none";
    public ParameterCollection InputParameters { get; internal set; } = new();
    public ParameterCollection OutputParameters { get; internal set; } = new();
    public ParameterCollection SharedVariables { get; internal set; } = new();
    public Guid UserId { get; internal set; }
    public Guid InitiatingUserId { get; internal set; }
    public Guid BusinessUnitId { get; internal set; }
    public Guid OrganizationId { get; internal set; }
    public string OrganizationName { get; internal set; } = "inmemory";
    public Guid PrimaryEntityId { get; internal set; }
    public EntityImageCollection PreEntityImages { get; internal set; } = new();
    public EntityImageCollection PostEntityImages { get; internal set; } = new();
    public EntityReference? OwningExtension { get; internal set; }
    public Guid CorrelationId { get; internal set; }
    public bool IsExecutingOffline => false;
    public bool IsOfflinePlayback => false;
    public bool IsInTransaction { get; internal set; }
    public Guid OperationId { get; internal set; }
    public DateTime OperationCreatedOn { get; internal set; }
    public int Stage { get; internal set; }
    public IPluginExecutionContext? ParentContext { get; internal set; }
    public Guid UserAzureActiveDirectoryObjectId { get; internal set; }
    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; internal set; }
    public Guid InitiatingUserApplicationId { get; internal set; }
    public Guid PortalsContactId { get; internal set; }
    public bool IsPortalsClientCall { get; internal set; }
    public Guid AuthenticatedUserId { get; internal set; }
    public EntityImageCollection[] PreEntityImagesCollection { get; internal set; } = Array.Empty<EntityImageCollection>();
    public EntityImageCollection[] PostEntityImagesCollection { get; internal set; } = Array.Empty<EntityImageCollection>();
    public string InitiatingUserAgent { get; internal set; } = "InMemoryDataverse";
    public string EnvironmentId { get; internal set; } = "";
    public Guid TenantId { get; internal set; }
    public bool IsApplicationUser { get; internal set; }

    EntityReference IExecutionContext.OwningExtension => OwningExtension!;
    IPluginExecutionContext IPluginExecutionContext.ParentContext => ParentContext!;
}
