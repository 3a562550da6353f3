using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlumniCrm.DataImport.Connection;

namespace AlumniCrm.DataImport.WebApi;

/// <summary>
/// The Dataverse Web API (<c>/api/data/v9.2/</c>) over one HttpClient: bearer token, OData JSON,
/// service-protection handling (429 honoured by its Retry-After), transient failures retried with
/// exponential backoff and jitter, and the server's <c>x-ms-dop-hint</c> recorded. Thread-safe.
/// Never logs or keeps request or response bodies.
/// </summary>
public sealed class DataverseWebApiClient
{
    public const string ApiPath = "api/data/v9.2/";
    private const string JsonMediaType = "application/json";

    private readonly HttpClient http;
    private readonly ITokenProvider tokens;
    private readonly WebApiOptions options;

    public DataverseWebApiClient(HttpClient http, Uri environmentUrl, ITokenProvider tokens, WebApiOptions? options = null)
    {
        this.http = http;
        this.tokens = tokens;
        this.options = options ?? new WebApiOptions();
        ServiceRoot = new Uri(new Uri(environmentUrl.GetLeftPart(UriPartial.Authority) + "/"), ApiPath);
        http.Timeout = Timeout.InfiniteTimeSpan; // each attempt has its own timeout, see SendOnceAsync
    }

    public Uri ServiceRoot { get; }

    public WebApiStatistics Statistics { get; } = new();

    /// <summary>Retry and wait settings (also how long-running operations wait between polls).</summary>
    public WebApiOptions Options => options;

    /// <summary>GET a resource relative to the service root; the JSON body.</summary>
    public async Task<JsonNode?> GetAsync(string relativeUrl, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, Resolve(relativeUrl)), cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every row of a collection query, following <c>@odata.nextLink</c> pages of up to 5,000 rows.</summary>
    public async IAsyncEnumerable<JsonObject> GetAllAsync(string relativeUrl, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? next = relativeUrl;
        while (next is not null)
        {
            var url = next;
            using var response = await SendAsync(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, Resolve(url));
                request.Headers.Add("Prefer", "odata.maxpagesize=5000");
                return request;
            }, cancellationToken).ConfigureAwait(false);
            var page = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
            if (page?["value"] is JsonArray rows)
            {
                foreach (var row in rows)
                {
                    if (row is JsonObject item) yield return item;
                }
            }

            next = page?["@odata.nextLink"]?.GetValue<string>();
        }
    }

    /// <summary>POST JSON (a create, an action, a bulk message); the response JSON, if any.</summary>
    public async Task<JsonNode?> PostAsync(string relativeUrl, JsonNode body, CancellationToken cancellationToken, bool returnRepresentation = false)
    {
        var text = body.ToJsonString();
        using var response = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, Resolve(relativeUrl)) { Content = new StringContent(text, Encoding.UTF8, JsonMediaType) };
            if (returnRepresentation) request.Headers.Add("Prefer", "return=representation");
            return request;
        }, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>PATCH JSON (update, or upsert when the URL names a row by alternate key).</summary>
    public async Task PatchAsync(string relativeUrl, JsonNode body, CancellationToken cancellationToken)
    {
        var text = body.ToJsonString();
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Patch, Resolve(relativeUrl))
        {
            Content = new StringContent(text, Encoding.UTF8, JsonMediaType),
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>DELETE a row.</summary>
    public async Task DeleteAsync(string relativeUrl, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Delete, Resolve(relativeUrl)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends operations in one <c>$batch</c> with <c>Prefer: odata.continue-on-error</c>, so one bad
    /// row does not stop the others; the result of each operation, in order.
    /// </summary>
    public async Task<IReadOnlyList<BatchOperationResult>> SendBatchAsync(IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken)
    {
        var boundary = "batch_" + Guid.NewGuid().ToString("N");
        var body = BatchBody.Write(boundary, ServiceRoot, operations);
        using var response = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ServiceRoot, "$batch"))
            {
                Content = new StringContent(body, Encoding.UTF8),
            };
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/mixed; boundary={boundary}");
            request.Headers.Add("Prefer", "odata.continue-on-error");
            return request;
        }, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var results = BatchBody.ReadResponse(response.Content.Headers.ContentType, text);
        if (results.Count != operations.Count)
        {
            throw new WebApiException((int)response.StatusCode, null, $"The $batch answer has {results.Count} parts for {operations.Count} requests.");
        }

        return results;
    }

    /// <summary>Sends with retries; a success response (2xx) or a <see cref="WebApiException"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        var transientAttempts = 0;
        var throttledAttempts = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TimeSpan wait;
            HttpResponseMessage? response = null;
            try
            {
                response = await SendOnceAsync(createRequest, cancellationToken).ConfigureAwait(false);
                RecordHints(response);
                if (response.IsSuccessStatusCode) return response;

                var status = (int)response.StatusCode;
                if (status == 429)
                {
                    Statistics.CountThrottled();
                    if (++throttledAttempts >= options.MaxThrottledAttempts) throw await FailureAsync(response, cancellationToken).ConfigureAwait(false);
                    wait = RetryAfter(response) ?? options.DefaultRetryAfter;
                }
                else if (IsTransient(status))
                {
                    Statistics.CountTransientFailure();
                    if (++transientAttempts >= options.MaxTransientAttempts) throw await FailureAsync(response, cancellationToken).ConfigureAwait(false);
                    wait = RetryAfter(response) ?? Backoff(transientAttempts);
                }
                else
                {
                    throw await FailureAsync(response, cancellationToken).ConfigureAwait(false);
                }

                response.Dispose();
            }
            catch (Exception exception) when (IsConnectionFailure(exception, cancellationToken))
            {
                response?.Dispose();
                Statistics.CountTransientFailure();
                if (++transientAttempts >= options.MaxTransientAttempts)
                {
                    throw new WebApiException(0, null, $"The environment could not be reached ({Describe(exception)}) after {transientAttempts} attempts.");
                }

                wait = Backoff(transientAttempts);
            }

            Statistics.CountRetry(wait);
            await options.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        using var request = createRequest();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonMediaType));
        request.Headers.Add("OData-MaxVersion", "4.0");
        request.Headers.Add("OData-Version", "4.0");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        Statistics.CountRequest();
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
        return response;
    }

    private void RecordHints(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("x-ms-dop-hint", out var values)
            && int.TryParse(values.FirstOrDefault(), out var hint) && hint > 0)
        {
            Statistics.RecordDegreeOfParallelismHint(hint);
        }
    }

    private static bool IsTransient(int status) => status is 500 or 502 or 503 or 504 or 408;

    private static bool IsConnectionFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or IOException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static string Describe(Exception exception) => exception is OperationCanceledException ? "timed out" : exception.Message;

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta) return delta;
        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private TimeSpan Backoff(int attempt)
    {
        // Exponential with "equal jitter": half the step fixed, half random, so parallel workers spread out.
        var step = Math.Min(options.MaxDelay.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds((step / 2) + (options.Jitter.NextDouble() * step / 2));
    }

    private static async Task<WebApiException> FailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var (code, message) = WebApiError.Parse(body, status);
        response.Dispose();
        return new WebApiException(status, code, status == (int)HttpStatusCode.Unauthorized ? "Signing in to the environment failed (401)." : message);
    }

    private static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NoContent) return null;
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw new WebApiException((int)response.StatusCode, null, "The environment answered with something that is not JSON: is the URL a Dataverse environment?");
        }
    }

    private Uri Resolve(string relativeUrl) =>
        Uri.TryCreate(relativeUrl, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute
            : new Uri(ServiceRoot, relativeUrl);
}
