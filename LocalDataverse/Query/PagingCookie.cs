using System.Xml.Linq;

namespace AlumniCrm.LocalDataverse.Query;

/// <summary>
/// The paging cookie in Dataverse's shape: <c>&lt;cookie page="1"&gt;&lt;accountid last="{…}" first="{…}" /&gt;&lt;/cookie&gt;</c>
/// (the element is named after the primary key column).
/// </summary>
internal static class PagingCookie
{
    public static string Write(int page, string primaryIdAttribute, Guid first, Guid last) =>
        new XElement("cookie",
            new XAttribute("page", page),
            new XElement(primaryIdAttribute,
                new XAttribute("last", last.ToString("B").ToUpperInvariant()),
                new XAttribute("first", first.ToString("B").ToUpperInvariant()))).ToString(SaveOptions.DisableFormatting);

    /// <summary>The id of the last row of the previous page, or null when the cookie is absent or unreadable.</summary>
    public static Guid? LastId(string? cookie)
    {
        if (string.IsNullOrWhiteSpace(cookie)) return null;
        try
        {
            var last = XElement.Parse(cookie).Elements().Select(e => e.Attribute("last")?.Value).FirstOrDefault(v => v != null);
            return Guid.TryParse(last, out var id) ? id : null;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
