using System;
using System.Globalization;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>
/// Where a paged custom API continues: the next page number and Dataverse's paging cookie, in one
/// opaque string (the APIs' <c>PagingCookie</c> parameter and output). Dataverse needs both to
/// continue a query; callers (a flow) only pass the string back.
/// </summary>
public sealed class ContinuationToken
{
    private ContinuationToken(int nextPage, string cookie)
    {
        NextPage = nextPage;
        Cookie = cookie;
    }

    public int NextPage { get; }
    public string Cookie { get; }

    public static ContinuationToken After(int page, string? cookie) => new ContinuationToken(page + 1, cookie ?? "");

    /// <summary>Null or empty → start from the first page.</summary>
    public static ContinuationToken? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var separator = text!.IndexOf('|');
        if (separator <= 0 || !int.TryParse(text.Substring(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 2)
            throw new RuleViolationException(
                "The paging cookie '" + Shorten(text) + "' was not returned by this API. Pass the PagingCookie of the previous response unchanged, or none to start from the beginning.");
        return new ContinuationToken(page, text.Substring(separator + 1));
    }

    public override string ToString() => NextPage.ToString(CultureInfo.InvariantCulture) + "|" + Cookie;

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
