using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Registrations;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>The handler of each supported message; any other message must be a registered custom API.</summary>
internal sealed class MessageRouter
{
    private readonly Dictionary<string, IMessageHandler> _handlers;
    private readonly RegistrationCatalog _registrations;

    public MessageRouter(RegistrationCatalog registrations)
    {
        _registrations = registrations;
        IMessageHandler[] handlers =
        {
            new CreateHandler(), new RetrieveHandler(), new UpdateHandler(), new DeleteHandler(), new RetrieveMultipleHandler(),
            new UpsertHandler(), new AssociateHandler(), new DisassociateHandler(), new ExecuteMultipleHandler(),
            new ExecuteTransactionHandler(), new CreateMultipleHandler(), new UpdateMultipleHandler(), new UpsertMultipleHandler(),
            new WhoAmIHandler(), new SetStateHandler(), AccessHandler.Grant(), AccessHandler.Modify(), new RevokeAccessHandler(),
            new AddMemberListHandler(), new AddListMembersListHandler(), new CopyMembersListHandler(),
            new QualifyMemberListHandler(), new CopyDynamicListToStaticHandler(),
        };
        _handlers = handlers.ToDictionary(h => h.MessageName, StringComparer.OrdinalIgnoreCase);
    }

    public IMessageHandler Resolve(string messageName)
    {
        if (_registrations.FindCustomApi(messageName) is { } api) return new CustomApiHandler(api);
        if (_handlers.TryGetValue(messageName, out var handler)) return handler;
        throw DataverseFaults.Create(ErrorCodes.UnrecognizedRequest,
            $"The in-memory Dataverse does not support the message '{messageName}' and no custom API of that name is registered.");
    }
}
