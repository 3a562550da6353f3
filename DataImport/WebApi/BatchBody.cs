using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace AlumniCrm.DataImport.WebApi;

/// <summary>
/// The multipart/mixed text of an OData <c>$batch</c>. Requests are written as top-level parts (not
/// in a change set) so that, with continue-on-error, each row succeeds or fails on its own.
/// </summary>
public static partial class BatchBody
{
    public static string Write(string boundary, Uri serviceRoot, IReadOnlyList<BatchOperation> operations)
    {
        var text = new StringBuilder();
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            text.Append("--").Append(boundary).Append("\r\n");
            text.Append("Content-Type: application/http\r\n");
            text.Append("Content-Transfer-Encoding: binary\r\n");
            text.Append("Content-ID: ").Append(i + 1).Append("\r\n\r\n");
            text.Append(operation.Method).Append(' ').Append(new Uri(serviceRoot, operation.RelativeUrl).AbsoluteUri).Append(" HTTP/1.1\r\n");
            if (operation.Body is not null)
            {
                text.Append("Content-Type: application/json; type=entry\r\n\r\n");
                text.Append(operation.Body.ToJsonString()).Append("\r\n");
            }
            else
            {
                text.Append("\r\n");
            }
        }

        text.Append("--").Append(boundary).Append("--\r\n");
        return text.ToString();
    }

    /// <summary>Reads the parts of a <c>$batch</c> answer, in order.</summary>
    public static IReadOnlyList<BatchOperationResult> ReadResponse(MediaTypeHeaderValue? contentType, string body)
    {
        var boundary = contentType?.Parameters.FirstOrDefault(p => p.Name.Equals("boundary", StringComparison.OrdinalIgnoreCase))?.Value?.Trim('"')
            ?? throw new WebApiException(0, null, "The $batch answer has no multipart boundary.");
        var results = new List<BatchOperationResult>();
        foreach (var part in body.Split("--" + boundary).Skip(1))
        {
            if (part.StartsWith("--", StringComparison.Ordinal)) break;
            var statusLine = StatusLine().Match(part);
            if (!statusLine.Success) continue;
            var status = int.Parse(statusLine.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var afterStatus = part[(statusLine.Index + statusLine.Length)..];
            var blank = afterStatus.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = blank < 0 ? afterStatus : afterStatus[..blank];
            var content = blank < 0 ? string.Empty : afterStatus[(blank + 4)..].Trim();
            var entityId = EntityIdHeader().Match(headers) is { Success: true } id ? id.Groups[1].Value : null;
            if (status is >= 200 and < 300)
            {
                results.Add(new BatchOperationResult(status, null, null, entityId));
            }
            else
            {
                var (code, message) = WebApiError.Parse(content, status);
                results.Add(new BatchOperationResult(status, code, message, entityId));
            }
        }

        return results;
    }

    [GeneratedRegex(@"HTTP/1\.1 (\d{3})[^\r\n]*")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"OData-EntityId:[^\r\n]*\(([0-9a-fA-F-]{36})\)", RegexOptions.IgnoreCase)]
    private static partial Regex EntityIdHeader();
}
