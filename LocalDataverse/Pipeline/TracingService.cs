using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>Captures what one plugin execution traces (also handed back in a fault's TraceText, as Dataverse does).</summary>
internal sealed class TracingService : ITracingService
{
    private readonly StringBuilder _text = new();

    public void Trace(string format, params object[] args)
    {
        if (_text.Length > 0) _text.AppendLine();
        _text.Append(args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format);
    }

    public override string ToString() => _text.ToString();
}
