using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Registrations;

namespace AlumniCrm.LocalDataverse.Diagnostics;

/// <summary>An asynchronous step execution queued when its operation committed (a system job in Dataverse).</summary>
public sealed class AsyncJob
{
    internal AsyncJob(long sequence, StepRegistration step, PluginExecutionContext context, DateTime createdOn)
    {
        Sequence = sequence;
        Step = step;
        Context = context;
        CreatedOn = createdOn;
    }

    public long Sequence { get; }
    public StepRegistration Step { get; }
    public PluginExecutionContext Context { get; }
    public DateTime CreatedOn { get; }
    public AsyncJobStatus Status { get; internal set; } = AsyncJobStatus.Waiting;
    public string? Error { get; internal set; }
    public Exception? Exception { get; internal set; }

    public override string ToString() => $"{Step.Name} [{Status}]{(Error is null ? "" : ": " + Error)}";
}
