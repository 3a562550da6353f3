using System;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public sealed class ExecuteTransactionFault : OrganizationServiceFault
{
    public ExecuteTransactionFault()
    {
    }

    public int FaultedRequestIndex { get; set; }
}
