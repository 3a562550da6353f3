using System.ServiceModel;
using AlumniCrm.LocalDataverse.Diagnostics;
using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Messages;
using AlumniCrm.LocalDataverse.Metadata;
using AlumniCrm.LocalDataverse.Query;
using AlumniCrm.LocalDataverse.Registrations;
using AlumniCrm.LocalDataverse.Security;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>
/// The event pipeline. For every request: count it, apply injected faults and the depth limit,
/// run stage 10 (outside the transaction of a top-level request), open or join the transaction,
/// run stage 20, the main operation, stage 40, queue the async steps, commit — or on any failure
/// roll back every write of the operation, nested plugin writes included. Async jobs run after
/// the top-level request has returned.
/// </summary>
internal sealed class ExecutionEngine
{
    /// <summary>Dataverse stops a chain of plugin-triggered calls deeper than this.</summary>
    public const int MaxDepth = 8;

    private readonly InMemoryDataverseEnvironment _environment;
    private readonly MessageRouter _router;
    private readonly HandlerContext _handlerContext;
    private readonly ContextBuilder _contexts;
    private readonly StepRunner _runner;
    private int _activeCalls;
    private bool _draining;

    public ExecutionEngine(InMemoryDataverseEnvironment environment)
    {
        _environment = environment;
        Writer = new RecordWriter(Store, Schema, () => UtcNow, id => Users.BusinessUnitOf(id), () => environment.ValidateLookups);
        Query = new QueryEngine(Store);
        _router = new MessageRouter(Registrations);
        _handlerContext = new HandlerContext(this);
        _contexts = new ContextBuilder(this);
        _runner = new StepRunner(this);
    }

    public DataStore Store => _environment.Store;
    public SchemaCatalog Schema => _environment.Schema;
    public RegistrationCatalog Registrations => _environment.Registrations;
    public UserDirectory Users => _environment.Users;
    public SharingTable Sharing => _environment.Sharing;
    public PluginExecutionLog Executions => _environment.PluginExecutions;
    public DateTime UtcNow => _environment.Clock.UtcNow;
    public RecordWriter Writer { get; }
    public QueryEngine Query { get; }

    public OrganizationResponse Execute(OrganizationRequest request, Invocation invocation)
    {
        _activeCalls++;
        try
        {
            return ExecuteOperation(request, invocation);
        }
        finally
        {
            _activeCalls--;
            if (_activeCalls == 0 && _environment.AsyncExecution == AsyncExecution.AfterEachRequest) RunPendingAsync();
        }
    }

    public void MarkDooming(Exception original, Exception wrapper)
    {
        if (_runner.IsDooming(original)) _runner.MarkDooming(wrapper);
    }

    /// <summary>Runs waiting async jobs in order (including jobs they queue); returns how many ran.</summary>
    public int RunPendingAsync()
    {
        if (_draining) return 0;
        _draining = true;
        var count = 0;
        try
        {
            while (_environment.AsyncJobs.NextWaiting() is { } job)
            {
                RunAsyncJob(job);
                count++;
            }
        }
        finally
        {
            _draining = false;
        }
        return count;
    }

    /// <summary>Stage 30 of a custom API: its plugin type, with the operation's parameters.</summary>
    public void RunMainOperation(PluginTypeRegistration pluginType, MessageOperation operation)
    {
        var step = new StepRegistration(pluginType.Id, $"{pluginType.Name}: main operation of {operation.MessageName}", operation.MessageName,
            operation.PrimaryEntityName, StepStage.MainOperation, StepMode.Synchronous, 0, Array.Empty<string>(), null, pluginType,
            Array.Empty<StepImageRegistration>());
        var context = _contexts.Build(operation, new StepCall(step, StepCallShape.AsRegistered, -1), StepStage.MainOperation, StepMode.Synchronous, inTransaction: true);
        context.OutputParameters = operation.Output;
        _runner.Run(step, context);
    }

    private OrganizationResponse ExecuteOperation(OrganizationRequest request, Invocation invocation)
    {
        if (string.IsNullOrEmpty(request.RequestName)) throw DataverseFaults.InvalidArgument("The request has no RequestName.");
        var handler = _router.Resolve(request.RequestName);
        var table = handler.PrimaryEntityOf(request);
        var ambient = Store.Current;
        if (!invocation.IsInternal)
        {
            _environment.Requests.Add(request.RequestName, table, invocation.Depth, invocation.FromPlugin, invocation.UserId);
            _environment.Faults.ThrowIfInjected(request.RequestName, table);
        }
        if (invocation.Depth > MaxDepth)
        {
            var loop = DataverseFaults.Create(ErrorCodes.InfiniteLoopDetected,
                "This workflow job was canceled because the workflow that started it included an infinite loop. " +
                $"Correct the workflow logic and try again. (Plug-in depth {invocation.Depth} exceeds the maximum of {MaxDepth}.)");
            _runner.MarkDooming(loop);
            throw loop;
        }
        if (ambient is { IsDoomed: true }) throw NoActiveTransaction(ambient);

        var operation = new MessageOperation(request, handler, invocation, table, UtcNow);
        operation.PrimaryEntityId = handler.PrimaryIdOf(request);
        CaptureBefore(operation);
        try
        {
            RunStage(operation, StepStage.PreValidation, inTransaction: ambient != null);
        }
        catch (Exception failure) when (ambient != null)
        {
            if (_runner.IsDooming(failure)) ambient.Doom(failure.Message);
            throw;
        }

        var owns = ambient == null && handler.IsTransactional;
        var transaction = owns ? Store.Begin() : ambient;
        try
        {
            CaptureBefore(operation);
            RunStage(operation, StepStage.PreOperation, inTransaction: transaction != null);
            var response = handler.Execute(operation, _handlerContext);
            CaptureAfter(operation);
            RunStage(operation, StepStage.PostOperation, inTransaction: transaction != null);
            QueueAsyncSteps(operation, transaction);
            if (owns)
            {
                if (transaction!.IsDoomed) throw NoActiveTransaction(transaction);
                Store.Commit(transaction);
            }
            return response;
        }
        catch (Exception failure)
        {
            if (owns && ReferenceEquals(Store.Current, transaction)) Store.Rollback(transaction!);
            else if (transaction != null && !owns && _runner.IsDooming(failure)) transaction.Doom(failure.Message);
            throw;
        }
    }

    private static FaultException<OrganizationServiceFault> NoActiveTransaction(StoreTransaction transaction) =>
        DataverseFaults.Create(ErrorCodes.NoActiveTransaction,
            "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls " +
            $"and continue processing. The transaction was aborted by: {transaction.DoomReason}");

    private void CaptureBefore(MessageOperation operation)
    {
        // Refreshed before stage 20 (a key may resolve now, rows may have changed) without losing per-item shared variables.
        var fresh = operation.Handler.RecordsOf(operation.Request, Writer);
        if (operation.Records.Count != fresh.Count) operation.Records = fresh;
        else for (var i = 0; i < fresh.Count; i++) operation.Records[i].Id = fresh[i].Id;
        foreach (var record in operation.Records)
        {
            record.Before = record.Id == Guid.Empty ? null : Store.Get(record.Table, record.Id);
        }
        if (operation.Records.Count == 1 && operation.Records[0].Id != Guid.Empty) operation.PrimaryEntityId = operation.Records[0].Id;
    }

    private void CaptureAfter(MessageOperation operation)
    {
        foreach (var record in operation.Records)
        {
            record.After = record.Id == Guid.Empty ? null : Store.Get(record.Table, record.Id);
        }
    }

    private void RunStage(MessageOperation operation, StepStage stage, bool inTransaction)
    {
        foreach (var call in StepCalls(operation, stage, StepMode.Synchronous))
        {
            var context = _contexts.Build(operation, call, stage, StepMode.Synchronous, inTransaction);
            _runner.Run(call.Step, context);
            ContextBuilder.CarryBackTarget(operation, call, context);
        }
    }

    /// <summary>Async steps get their context now and become jobs only when the operation's transaction commits.</summary>
    private void QueueAsyncSteps(MessageOperation operation, StoreTransaction? transaction)
    {
        foreach (var call in StepCalls(operation, StepStage.PostOperation, StepMode.Asynchronous))
        {
            var context = ContextBuilder.ForAsync(_contexts.Build(operation, call, StepStage.PostOperation, StepMode.Asynchronous, inTransaction: false));
            var createdOn = UtcNow;
            void Enqueue() => _environment.AsyncJobs.Enqueue(call.Step, context, createdOn);
            if (transaction is null) Enqueue();
            else transaction.OnCommit(Enqueue);
        }
    }

    private IReadOnlyList<StepCall> StepCalls(MessageOperation operation, StepStage stage, StepMode mode)
    {
        var calls = Registrations.StepsFor(operation.MessageName, operation.PrimaryEntityName, stage, mode)
            .Select(step => new StepCall(step, StepCallShape.AsRegistered, -1))
            .ToList();
        if (MessageNames.EquivalentOf(operation.MessageName) is { } equivalent)
        {
            var equivalentSteps = Registrations.StepsFor(equivalent, operation.PrimaryEntityName, stage, mode);
            calls.AddRange(MessageNames.IsMultiple(operation.MessageName)
                ? equivalentSteps.SelectMany(step => Enumerable.Range(0, operation.TargetCount).Select(i => new StepCall(step, StepCallShape.Item, i)))
                : equivalentSteps.Select(step => new StepCall(step, StepCallShape.AsMultiple, 0)));
        }
        return calls.Where(call => PassesFilteringAttributes(operation, call)).OrderBy(call => call.Step.Rank).ToList();
    }

    /// <summary>An Update-family step with filtering attributes runs only when a target carries one of them.</summary>
    private static bool PassesFilteringAttributes(MessageOperation operation, StepCall call)
    {
        if (call.Step.FilteringAttributes.Count == 0 || !MessageNames.HasFilteringAttributes(operation.MessageName)) return true;
        var targets = call.Shape switch
        {
            StepCallShape.Item => new[] { operation.Target(call.ItemIndex) },
            StepCallShape.AsMultiple => new[] { operation.Target(0) },
            _ => operation.Targets().ToArray(),
        };
        return targets.Any(target => call.Step.FilteringAttributes.Any(target.Attributes.Contains));
    }

    private void RunAsyncJob(AsyncJob job)
    {
        job.Status = AsyncJobStatus.InProgress;
        _activeCalls++;
        try
        {
            _runner.Run(job.Step, job.Context);
            job.Status = AsyncJobStatus.Succeeded;
        }
        catch (Exception failure)
        {
            job.Status = AsyncJobStatus.Failed;
            job.Error = failure.Message;
            job.Exception = failure;
        }
        finally
        {
            _activeCalls--;
        }
    }
}
