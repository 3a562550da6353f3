namespace Microsoft.Xrm.Sdk.Workflow;

public interface IWorkflowArgument
{
    object ArgumentValue { get; }
}
