using System.Runtime.CompilerServices;
using System.ServiceModel;
using AlumniCrm.LocalDataverse.Diagnostics;
using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Registrations;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>
/// Runs one plugin execution and turns its exception into the fault Dataverse returns:
/// InvalidPluginExecutionException → its message (and code, else 0x80040265); any other exception
/// → "Unexpected exception from plug-in" (0x80040224); a fault from a nested call passes through.
/// The trace goes into the execution log and into the fault's TraceText.
/// </summary>
internal sealed class StepRunner
{
    private readonly ExecutionEngine _engine;
    private readonly ConditionalWeakTable<Exception, object> _dooming = new();

    public StepRunner(ExecutionEngine engine) => _engine = engine;

    /// <summary>True for failures that abort the transaction they happen in (plugin failures, the depth limit).</summary>
    public bool IsDooming(Exception exception) => _dooming.TryGetValue(exception, out _);

    public void MarkDooming(Exception exception) => _dooming.AddOrUpdate(exception, true);

    public void Run(StepRegistration step, PluginExecutionContext context)
    {
        var tracing = new TracingService();
        var provider = new PluginServiceProvider(context, tracing, new OrganizationServiceFactory(_engine, context));
        Exception? error = null;
        try
        {
            var plugin = PluginActivator.Create(step.PluginType.ClrType, step.UnsecureConfiguration, _engine.Registrations.SecureConfigurationOf(step.Id));
            plugin.Execute(provider);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            error = fault;
            fault.Detail.TraceText ??= tracing.ToString();
            MarkDooming(fault);
            throw;
        }
        catch (InvalidPluginExecutionException exception)
        {
            error = exception;
            var fault = DataverseFaults.Create(FaultCodeOf(exception), exception.Message);
            fault.Detail.TraceText = tracing.ToString();
            MarkDooming(fault);
            throw fault;
        }
        catch (Exception exception) when (exception is not NotSupportedException)
        {
            error = exception;
            var fault = DataverseFaults.Create(ErrorCodes.UnexpectedPluginException,
                $"Unexpected exception from plug-in (Execute): {step.PluginType.Name}: {exception.GetType().FullName}: {exception.Message}");
            fault.Detail.TraceText = tracing.ToString();
            MarkDooming(fault);
            throw fault;
        }
        finally
        {
            _engine.Executions.Add(new PluginExecutionRecord(
                step.Id, step.Name, step.PluginType.ClrType.FullName ?? step.PluginType.Name, context.MessageName,
                context.PrimaryEntityName, (StepStage)context.Stage, (StepMode)context.Mode, context.Depth,
                context.IsInTransaction, tracing.ToString(), error));
        }
    }

    // "A thrown InvalidPluginExecutionException returns to the caller with a friendly message and an
    // IsvAborted error code" (Microsoft Learn, "Use InvalidPluginExecutionException in plug-ins and
    // workflow activities"). The SDK's ErrorCode is the exception's HResult, which is the generic
    // COR_E_EXCEPTION unless the plugin passed a code of its own; only such a code is passed through.
    private const int GenericExceptionHResult = unchecked((int)0x80131500);

    private static int FaultCodeOf(InvalidPluginExecutionException exception) =>
        exception.ErrorCode is 0 or GenericExceptionHResult ? ErrorCodes.PluginAbortedOperation : exception.ErrorCode;
}
