namespace Microsoft.Xrm.Sdk.Workflow;

public enum ArgumentDirection
{
    Input = 0,
    Output = 1,
}
