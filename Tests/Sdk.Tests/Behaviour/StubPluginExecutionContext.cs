using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Sdk.Tests.Behaviour;

/// <summary>An execution context with input parameters only, for the extension-method tests.</summary>
internal sealed class StubPluginExecutionContext : IPluginExecutionContext
{
    public int Stage => 20;
    public IPluginExecutionContext ParentContext => null;
    public int Mode => 0;
    public int IsolationMode => 2;
    public int Depth => 1;
    public string MessageName => "Create";
    public string PrimaryEntityName => "contact";
    public Guid? RequestId => null;
    public string SecondaryEntityName => "none";
    public ParameterCollection InputParameters { get; } = new();
    public ParameterCollection OutputParameters { get; } = new();
    public ParameterCollection SharedVariables { get; } = new();
    public Guid UserId => Guid.Empty;
    public Guid InitiatingUserId => Guid.Empty;
    public Guid BusinessUnitId => Guid.Empty;
    public Guid OrganizationId => Guid.Empty;
    public string OrganizationName => "test";
    public Guid PrimaryEntityId => Guid.Empty;
    public EntityImageCollection PreEntityImages { get; } = new();
    public EntityImageCollection PostEntityImages { get; } = new();
    public EntityReference OwningExtension => null;
    public Guid CorrelationId => Guid.Empty;
    public bool IsExecutingOffline => false;
    public bool IsOfflinePlayback => false;
    public bool IsInTransaction => false;
    public Guid OperationId => Guid.Empty;
    public DateTime OperationCreatedOn => DateTime.MinValue;
}
