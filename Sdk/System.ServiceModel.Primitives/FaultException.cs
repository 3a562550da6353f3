using System.Runtime.Serialization;

namespace System.ServiceModel;

// MessageFault-based members (CreateFault, CreateMessageFault, the MessageFault constructor) are
// deliberately absent: they need the WCF channel stack.
public class FaultException : CommunicationException
{
    internal const string UnspecifiedReason = "The creator of this fault did not specify a Reason.";

    public FaultException()
        : this(new FaultReason(UnspecifiedReason), FaultCode.DefaultSender(), null)
    {
    }

    public FaultException(string reason)
        : this(new FaultReason(reason), FaultCode.DefaultSender(), null)
    {
    }

    public FaultException(FaultReason reason, FaultCode code, string action)
        : base(ReasonText(reason))
    {
        Reason = reason ?? new FaultReason(UnspecifiedReason);
        Code = code ?? FaultCode.DefaultSender();
        Action = action;
    }

    protected FaultException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        Reason = new FaultReason(base.Message ?? UnspecifiedReason);
        Code = FaultCode.DefaultSender();
    }

    public string Action { get; }

    public FaultCode Code { get; }

    // As in WCF, the message is the reason text in the current culture.
    public override string Message => Reason.GetMatchingTranslation().Text;

    public FaultReason Reason { get; }

    internal static string ReasonText(FaultReason reason) =>
        reason?.GetMatchingTranslation().Text ?? UnspecifiedReason;
}
