using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Registrations;

namespace AlumniCrm.LocalDataverse.Diagnostics;

/// <summary>Every asynchronous job, in the order their operations committed; failures are kept here, not thrown.</summary>
public sealed class AsyncJobQueue
{
    private readonly List<AsyncJob> _jobs = new();
    private long _sequence;

    public IReadOnlyList<AsyncJob> All => _jobs;

    public IEnumerable<AsyncJob> Pending => _jobs.Where(j => j.Status == AsyncJobStatus.Waiting);

    public IEnumerable<AsyncJob> Failed => _jobs.Where(j => j.Status == AsyncJobStatus.Failed);

    public IEnumerable<AsyncJob> Succeeded => _jobs.Where(j => j.Status == AsyncJobStatus.Succeeded);

    internal AsyncJob Enqueue(StepRegistration step, PluginExecutionContext context, DateTime createdOn)
    {
        var job = new AsyncJob(++_sequence, step, context, createdOn);
        _jobs.Add(job);
        return job;
    }

    internal AsyncJob? NextWaiting() => _jobs.FirstOrDefault(j => j.Status == AsyncJobStatus.Waiting);
}
