using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Faults;

/// <summary>
/// Makes chosen requests fail, as a throttled or failing Dataverse would, before any plugin runs.
/// Applies to every request reaching the service, nested ones from plugins included. Without an
/// explicit exception the failure is a generic <c>FaultException&lt;OrganizationServiceFault&gt;</c>.
/// </summary>
public sealed class FaultInjector
{
    /// <summary>0x80072322 — the service-protection "number of requests exceeded" code, the default injected fault.</summary>
    public const int DefaultErrorCode = unchecked((int)0x80072322);

    private readonly List<FaultRule> _rules = new();

    /// <summary>The next request of this message (on this table, when given) fails.</summary>
    public void FailNext(string messageName, string? table = null, Exception? exception = null) =>
        FailNth(1, messageName, table, exception);

    /// <summary>The n-th request from now of this message (and table) fails; the others succeed.</summary>
    public void FailNth(int occurrence, string messageName, string? table = null, Exception? exception = null) =>
        _rules.Add(new FaultRule(messageName, table, occurrence, repeat: false, Factory(messageName, table, exception)));

    /// <summary>Every request of this message (and table) fails until <see cref="Clear"/>.</summary>
    public void FailAlways(string messageName, string? table = null, Exception? exception = null) =>
        _rules.Add(new FaultRule(messageName, table, 1, repeat: true, Factory(messageName, table, exception)));

    /// <summary>The next request of this message fails with a fault of this code and message.</summary>
    public void FailNextWithFault(string messageName, int errorCode, string message, string? table = null) =>
        FailNext(messageName, table, DataverseFaults.Create(errorCode, message));

    public void Clear() => _rules.Clear();

    internal void ThrowIfInjected(string messageName, string? table)
    {
        // Every rule sees the request, so counts stay right when several rules match it.
        Exception? toThrow = null;
        foreach (var rule in _rules.ToList())
        {
            if (rule.Fires(messageName, table) && toThrow is null) toThrow = rule.Exception();
        }
        _rules.RemoveAll(r => r.Spent);
        if (toThrow != null) throw toThrow;
    }

    private static Func<Exception> Factory(string messageName, string? table, Exception? exception) =>
        exception != null
            ? () => exception
            : () => DataverseFaults.Create(DefaultErrorCode, $"Injected failure of {messageName}{(table is null ? "" : " on " + table)}.");
}
