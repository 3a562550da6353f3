using System.Text;
using System.Text.RegularExpressions;

namespace AlumniCrm.WebApiEmulator;

/// <summary>OData <c>$batch</c>: top-level requests (and change sets) in a multipart/mixed body.</summary>
public sealed partial class DataverseWebApiEmulator
{
    private EmulatedResponse Batch(string body, string contentType, string prefer)
    {
        Statistics.CountOperation("$batch");
        var boundary = BoundaryOf(contentType) ?? throw new FormatException("A $batch request needs a multipart boundary.");
        var continueOnError = prefer.Contains("odata.continue-on-error", StringComparison.Ordinal);
        var answers = new List<EmulatedResponse>();
        foreach (var part in Parts(body, boundary))
        {
            var headerEnd = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headerEnd < 0) continue;
            var partHeaders = part[..headerEnd];
            var rest = part[(headerEnd + 4)..];
            if (partHeaders.Contains("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                // A change set: all or nothing in Dataverse; here each request runs in order and the set stops at the first error.
                var inner = BoundaryOf(partHeaders) ?? throw new FormatException("A change set needs a boundary.");
                foreach (var request in Parts(rest, inner))
                {
                    var answer = BatchItem(request);
                    answers.Add(answer);
                    if (answer.StatusCode >= 400) break;
                }
            }
            else
            {
                answers.Add(BatchItem(part));
            }

            if (!continueOnError && answers.Count > 0 && answers[^1].StatusCode >= 400) break;
        }

        var responseBoundary = "batchresponse_" + Guid.NewGuid().ToString("N");
        var text = new StringBuilder();
        foreach (var answer in answers)
        {
            text.Append("--").Append(responseBoundary).Append("\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            text.Append("HTTP/1.1 ").Append(answer.StatusCode).Append(' ').Append(Reason(answer.StatusCode)).Append("\r\n");
            foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            {
                text.Append(name).Append(": ").Append(value).Append("\r\n");
            }

            if (answer.Body is not null) text.Append("Content-Type: application/json; odata.metadata=minimal\r\n\r\n").Append(answer.Body).Append("\r\n");
            else text.Append("\r\n");
        }

        text.Append("--").Append(responseBoundary).Append("--\r\n");
        return new EmulatedResponse(200, text.ToString(), new Dictionary<string, string> { ["Content-Type"] = $"multipart/mixed; boundary={responseBoundary}" });
    }

    private EmulatedResponse BatchItem(string part)
    {
        Statistics.CountBatchOperation();
        var requestLine = RequestLine().Match(part);
        if (!requestLine.Success) return EmulatedResponse.Error(400, "0x80048d19", "A $batch part has no request line.");
        var method = requestLine.Groups[1].Value;
        var url = requestLine.Groups[2].Value;
        var apiAt = url.IndexOf(ApiPrefix, StringComparison.Ordinal);
        var relative = apiAt >= 0 ? url[(apiAt + ApiPrefix.Length)..] : url.TrimStart('/');
        var question = relative.IndexOf('?');
        var path = question < 0 ? relative : relative[..question];
        var query = question < 0 ? string.Empty : relative[question..];
        var afterLine = part[(requestLine.Index + requestLine.Length)..];
        var blank = afterLine.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = blank < 0 ? afterLine : afterLine[..blank];
        var content = blank < 0 ? string.Empty : afterLine[(blank + 4)..].Trim();
        var prefer = PreferHeader().Match(headers) is { Success: true } match ? match.Groups[1].Value : string.Empty;
        return Dispatch(method, path, query, content, string.Empty, prefer);
    }

    private static IEnumerable<string> Parts(string body, string boundary)
    {
        foreach (var part in body.Split("--" + boundary).Skip(1))
        {
            if (part.StartsWith("--", StringComparison.Ordinal)) yield break;
            yield return part.TrimStart('\r', '\n');
        }
    }

    private static string? BoundaryOf(string contentType) =>
        BoundaryParameter().Match(contentType) is { Success: true } match ? match.Groups[1].Value.Trim('"') : null;

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        404 => "Not Found",
        429 => "Too Many Requests",
        _ => "Status",
    };

    [GeneratedRegex(@"^(GET|POST|PATCH|PUT|DELETE) (\S+) HTTP/1\.1", RegexOptions.Multiline)]
    private static partial Regex RequestLine();

    [GeneratedRegex(@"boundary=([^;\s\r\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryParameter();

    [GeneratedRegex(@"^Prefer:\s*([^\r\n]+)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex PreferHeader();
}
