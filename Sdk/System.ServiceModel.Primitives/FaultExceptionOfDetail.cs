using System.Runtime.Serialization;

namespace System.ServiceModel;

[Serializable]
public class FaultException<TDetail> : FaultException
{
    public FaultException(TDetail detail)
        : this(detail, new FaultReason(UnspecifiedReason), null, null)
    {
    }

    public FaultException(TDetail detail, FaultReason reason)
        : this(detail, reason, null, null)
    {
    }

    public FaultException(TDetail detail, FaultReason reason, FaultCode code, string action)
        : base(reason, code, action)
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, FaultReason reason, FaultCode code)
        : this(detail, reason, code, null)
    {
    }

    public FaultException(TDetail detail, string reason)
        : this(detail, new FaultReason(reason), null, null)
    {
    }

    public FaultException(TDetail detail, string reason, FaultCode code)
        : this(detail, new FaultReason(reason), code, null)
    {
    }

    public FaultException(TDetail detail, string reason, FaultCode code, string action)
        : this(detail, new FaultReason(reason), code, action)
    {
    }

    protected FaultException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
    }

    public TDetail Detail { get; }

    public override string ToString() =>
        $"{GetType()}: {Message} (Detail: {(Detail == null ? string.Empty : Detail.ToString())})";
}
