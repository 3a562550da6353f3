using AlumniCrm.LocalDataverse.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>
/// One request on its way through the pipeline: the request (whose Parameters are the plugins'
/// InputParameters), the output (the response's Results, the post-operation OutputParameters),
/// shared variables, and the records it writes.
/// </summary>
internal sealed class MessageOperation
{
    public MessageOperation(OrganizationRequest request, IMessageHandler handler, Invocation invocation, string? primaryEntityName, DateTime createdOn)
    {
        Request = request;
        Handler = handler;
        Invocation = invocation;
        PrimaryEntityName = primaryEntityName;
        CreatedOn = createdOn;
    }

    public OrganizationRequest Request { get; }
    public IMessageHandler Handler { get; }
    public Invocation Invocation { get; }
    /// <summary>The pipeline's message name (what steps register on), which for some requests differs from the request name.</summary>
    public string MessageName => PlatformMessages.MessageNameOf(Request.RequestName);
    public string? PrimaryEntityName { get; }
    public Guid PrimaryEntityId { get; set; }
    public Guid OperationId { get; } = Guid.NewGuid();
    public DateTime CreatedOn { get; }
    public ParameterCollection Output { get; } = new();
    public ParameterCollection SharedVariables { get; } = new();
    public List<OperationRecord> Records { get; set; } = new();

    /// <summary>Number of targets of a Create/Update/Upsert family message (1 for the single ones).</summary>
    public int TargetCount => MessageNames.IsMultiple(MessageName) ? TargetCollection().Entities.Count : 1;

    public Entity Target(int index) =>
        MessageNames.IsMultiple(MessageName)
            ? TargetCollection().Entities[index]
            : Request.Parameters.TryGetValue("Target", out var target) && target is Entity entity
                ? entity
                : throw Faults.DataverseFaults.Create(Faults.ErrorCodes.MissingRequiredParameter, $"{MessageName} requires a Target entity.");

    public IEnumerable<Entity> Targets() => Enumerable.Range(0, TargetCount).Select(Target);

    public void ReplaceTarget(int index, Entity entity)
    {
        if (MessageNames.IsMultiple(MessageName)) TargetCollection().Entities[index] = entity;
        else Request.Parameters["Target"] = entity;
    }

    private EntityCollection TargetCollection() =>
        Request.Parameters.TryGetValue("Targets", out var targets) && targets is EntityCollection collection
            ? collection
            : throw Faults.DataverseFaults.Create(Faults.ErrorCodes.MissingRequiredParameter, $"{MessageName} requires Targets.");
}
