namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>
/// Where a request comes from: the user it runs as, the user who started the chain, its pipeline
/// depth (1 for a test's call, +1 for each call a plugin makes), the plugin context that made it,
/// and the correlation id shared by the whole chain. Internal requests (Upsert's own create or
/// update) are platform work: not counted, no injected faults.
/// </summary>
internal sealed record Invocation(
    Guid UserId,
    Guid InitiatingUserId,
    int Depth,
    PluginExecutionContext? ParentContext,
    Guid CorrelationId,
    bool FromPlugin,
    bool IsInternal = false)
{
    public static Invocation TopLevel(Guid userId) => new(userId, userId, 1, null, Guid.NewGuid(), FromPlugin: false);

    public Invocation Internal() => this with { IsInternal = true };
}
