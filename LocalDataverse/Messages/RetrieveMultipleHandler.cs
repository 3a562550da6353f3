using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>QueryExpression and QueryByAttribute; FetchXML is not supported.</summary>
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    public string MessageName => MessageNames.RetrieveMultiple;

    public string? PrimaryEntityOf(OrganizationRequest request) => HandlerContext.OptionalParameter<QueryBase>(request, "Query") switch
    {
        QueryExpression query => query.EntityName,
        QueryByAttribute query => query.EntityName,
        _ => null,
    };

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var query = HandlerContext.Parameter<QueryBase>(operation.Request, "Query") switch
        {
            QueryExpression expression => expression,
            QueryByAttribute byAttribute => QueryByAttributeConverter.ToQueryExpression(byAttribute),
            FetchExpression => throw new NotSupportedException(
                "The in-memory Dataverse does not run FetchXML; use QueryExpression or QueryByAttribute."),
            var other => throw new NotSupportedException($"Unsupported query type {other.GetType().Name}."),
        };
        operation.Output["EntityCollection"] = context.Engine.Query.Execute(query, context.QueryContext(operation.Invocation));
        return Responses.With(new RetrieveMultipleResponse(), MessageName, operation.Output);
    }
}
