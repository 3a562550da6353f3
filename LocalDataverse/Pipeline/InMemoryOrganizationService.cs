using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>IOrganizationService over the in-memory environment: every call is a request through the pipeline.</summary>
internal sealed class InMemoryOrganizationService : IOrganizationService
{
    private readonly ExecutionEngine _engine;
    private readonly Invocation _invocation;

    public InMemoryOrganizationService(ExecutionEngine engine, Invocation invocation)
    {
        _engine = engine;
        _invocation = invocation;
    }

    public Guid Create(Entity entity) => (Guid)Execute(new CreateRequest { Target = entity }).Results["id"];

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        (Entity)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet }).Results["Entity"];

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        (EntityCollection)Execute(new RetrieveMultipleRequest { Query = query }).Results["EntityCollection"];

    // The request is copied as serialisation would; a top-level call gets its own correlation id, as separate web requests have.
    public OrganizationResponse Execute(OrganizationRequest request) =>
        _engine.Execute(RequestCopier.Copy(request ?? throw new ArgumentNullException(nameof(request))),
            _invocation.FromPlugin ? _invocation : _invocation with { CorrelationId = Guid.NewGuid() });
}
