using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Connection;

/// <summary>
/// What the online verbs need from outside: the HTTP handler, the token provider, retry timing,
/// environment variables, cancellation and the clock. The tool uses the defaults; tests inject the
/// emulator's handler and a fake token provider.
/// </summary>
public sealed class OnlineServices
{
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>When set, used instead of MSAL.</summary>
    public ITokenProvider? TokenProvider { get; init; }

    public WebApiOptions WebApi { get; init; } = new();

    public Func<string, string?> EnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    public CancellationToken Cancellation { get; init; }

    public Func<DateTimeOffset> Now { get; init; } = () => DateTimeOffset.UtcNow;

    public DataverseWebApiClient Connect(ConnectionSettings settings, CliConsole console)
    {
        var tokens = TokenProvider ?? new MsalTokenProvider(settings, message => console.Error.WriteLine(message));
        var http = Handler is null ? new HttpClient() : new HttpClient(Handler, disposeHandler: false);
        return new DataverseWebApiClient(http, settings.EnvironmentUrl, tokens, WebApi);
    }
}
