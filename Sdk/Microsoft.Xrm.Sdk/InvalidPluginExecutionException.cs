using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.Serialization;
using System.Security;
using System.Text;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public sealed class InvalidPluginExecutionException : Exception, ISerializable
{
    private static readonly IReadOnlyDictionary<string, string> NoDetails =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    private readonly OperationStatus _status;
    private readonly PluginHttpStatusCode _httpStatus;
    private readonly IReadOnlyDictionary<string, string> _exceptionDetails = NoDetails;

    public InvalidPluginExecutionException()
    {
    }

    public InvalidPluginExecutionException(OperationStatus status)
    {
        _status = status;
    }

    public InvalidPluginExecutionException(string message)
        : base(message)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : base(message)
    {
        _status = status;
    }

    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
    }

    // As Microsoft's SDK: the error code is the exception's HResult; a code of 0 leaves the default
    // (COR_E_EXCEPTION, 0x80131500), which is also what the message constructors give.
    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : base(message)
    {
        _status = status;
        if (errorCode != 0) HResult = errorCode;
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : base(message)
    {
        _httpStatus = httpStatus;
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus, Dictionary<string, string> exceptionDetails)
        : base(message)
    {
        _httpStatus = httpStatus;
        _exceptionDetails = CopyDetails(exceptionDetails);
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : base(message)
    {
        _status = status;
        if (errorCode != 0) HResult = errorCode;
        _httpStatus = httpStatus;
    }

    public InvalidPluginExecutionException(string message, Dictionary<string, string> exceptionDetails)
        : base(message)
    {
        _exceptionDetails = CopyDetails(exceptionDetails);
    }

    public InvalidPluginExecutionException(OperationStatus status, string message, Dictionary<string, string> exceptionDetails)
        : base(message)
    {
        _status = status;
        _exceptionDetails = CopyDetails(exceptionDetails);
    }

    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        _status = (OperationStatus)info.GetInt32(nameof(Status));
        _httpStatus = (PluginHttpStatusCode)info.GetInt32(nameof(HttpStatus));
    }

    public OperationStatus Status => _status;

    public int ErrorCode => HResult;

    public PluginHttpStatusCode HttpStatus => _httpStatus;

    public IReadOnlyDictionary<string, string> ExceptionDetails => _exceptionDetails;

    // On .NET the base member is obsolete (SYSLIB0051); the official signature has no [Obsolete].
#pragma warning disable CS0672
    [SecurityCritical]
    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        if (info == null) throw new ArgumentNullException(nameof(info));
        base.GetObjectData(info, context);
        info.AddValue(nameof(Status), (int)_status);
        info.AddValue(nameof(HttpStatus), (int)_httpStatus);
    }
#pragma warning restore CS0672

    public override string ToString()
    {
        if (_exceptionDetails.Count == 0)
        {
            return base.ToString();
        }
        var text = new StringBuilder(base.ToString());
        text.AppendLine().Append("Exception details:");
        foreach (var detail in _exceptionDetails)
        {
            text.AppendLine().Append(detail.Key).Append(": ").Append(detail.Value);
        }
        return text.ToString();
    }

    private static IReadOnlyDictionary<string, string> CopyDetails(Dictionary<string, string> details) =>
        details == null ? NoDetails : new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(details));
}
