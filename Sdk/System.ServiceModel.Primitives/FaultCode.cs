namespace System.ServiceModel;

public class FaultCode
{
    // Namespaces of the SOAP 1.1 and 1.2 envelopes, where the predefined Sender/Receiver codes live.
    private const string Soap11Namespace = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string Soap12Namespace = "http://www.w3.org/2003/05/soap-envelope";

    public FaultCode(string name)
        : this(name, string.Empty, null)
    {
    }

    public FaultCode(string name, FaultCode subCode)
        : this(name, string.Empty, subCode)
    {
    }

    public FaultCode(string name, string ns)
        : this(name, ns, null)
    {
    }

    public FaultCode(string name, string ns, FaultCode subCode)
    {
        if (string.IsNullOrEmpty(name)) throw new ArgumentNullException(nameof(name));
        Name = name;
        Namespace = ns ?? throw new ArgumentNullException(nameof(ns));
        SubCode = subCode;
    }

    public bool IsPredefinedFault =>
        Namespace.Length == 0 || Namespace == Soap11Namespace || Namespace == Soap12Namespace;

    public bool IsReceiverFault => IsPredefinedFault && (Name == "Receiver" || Name == "Server");

    public bool IsSenderFault => IsPredefinedFault && (Name == "Sender" || Name == "Client");

    public string Name { get; }

    public string Namespace { get; }

    public FaultCode SubCode { get; }

    public static FaultCode CreateSenderFaultCode(FaultCode subCode) => new FaultCode("Sender", subCode);

    internal static FaultCode DefaultSender() => new FaultCode("Sender");
}
