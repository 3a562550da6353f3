namespace AlumniCrm.LocalDataverse.Diagnostics;

/// <summary>The state of an asynchronous plugin job (a system job in Dataverse).</summary>
public enum AsyncJobStatus
{
    Waiting,
    InProgress,
    Succeeded,
    Failed,
}
