using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>The main operation (stage 30) of one message.</summary>
internal interface IMessageHandler
{
    string MessageName { get; }

    /// <summary>False for ExecuteMultiple: each of its requests is its own transaction.</summary>
    bool IsTransactional => true;

    /// <summary>The table the request is about (for steps, counting and fault rules), or null.</summary>
    string? PrimaryEntityOf(OrganizationRequest request) => null;

    /// <summary>The id of the row the request is about, when it has one and no records.</summary>
    Guid PrimaryIdOf(OrganizationRequest request) => Guid.Empty;

    /// <summary>The rows the request writes, with ids as far as known before the main operation.</summary>
    List<OperationRecord> RecordsOf(OrganizationRequest request, RecordWriter writer) => new();

    OrganizationResponse Execute(MessageOperation operation, HandlerContext context);
}
