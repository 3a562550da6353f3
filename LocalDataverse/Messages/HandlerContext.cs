using AlumniCrm.LocalDataverse.Metadata;
using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Query;
using AlumniCrm.LocalDataverse.Security;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>What a message handler works with.</summary>
internal sealed class HandlerContext
{
    public HandlerContext(ExecutionEngine engine) => Engine = engine;

    public ExecutionEngine Engine { get; }
    public DataStore Store => Engine.Store;
    public SchemaCatalog Schema => Engine.Schema;
    public RecordWriter Writer => Engine.Writer;
    public UserDirectory Users => Engine.Users;
    public SharingTable Sharing => Engine.Sharing;

    public QueryContext QueryContext(Invocation invocation) =>
        new(Engine.UtcNow, invocation.UserId, Users.BusinessUnitOf(invocation.UserId));

    /// <summary>Runs platform work (Upsert's create or update…) through the pipeline: its steps run, it is not counted.</summary>
    public OrganizationResponse ExecuteInternal(OrganizationRequest request, Invocation invocation) =>
        Engine.Execute(request, invocation.Internal());

    /// <summary>Runs a request as its own request (an item of ExecuteMultiple/ExecuteTransaction): counted.</summary>
    public OrganizationResponse ExecuteChild(OrganizationRequest request, Invocation invocation) =>
        Engine.Execute(request, invocation with { IsInternal = false });

    public static T Parameter<T>(OrganizationRequest request, string name)
    {
        if (request.Parameters.TryGetValue(name, out var value) && value is T typed) return typed;
        throw Faults.DataverseFaults.Create(Faults.ErrorCodes.MissingRequiredParameter,
            $"{request.RequestName} requires the parameter '{name}' ({typeof(T).Name}).");
    }

    public static T? OptionalParameter<T>(OrganizationRequest request, string name) =>
        request.Parameters.TryGetValue(name, out var value) && value is T typed ? typed : default;
}
