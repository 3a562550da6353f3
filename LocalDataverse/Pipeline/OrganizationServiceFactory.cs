using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>
/// Gives a plugin services whose calls run through the same pipeline one level deeper, inside the
/// calling operation's transaction. A null user id means SYSTEM, as in Dataverse.
/// </summary>
internal sealed class OrganizationServiceFactory : IOrganizationServiceFactory
{
    private readonly ExecutionEngine _engine;
    private readonly PluginExecutionContext _context;

    public OrganizationServiceFactory(ExecutionEngine engine, PluginExecutionContext context)
    {
        _engine = engine;
        _context = context;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new InMemoryOrganizationService(_engine, new Invocation(
            userId ?? _engine.Users.SystemUserId,
            _context.InitiatingUserId,
            _context.Depth + 1,
            _context,
            _context.CorrelationId,
            FromPlugin: true));
}
