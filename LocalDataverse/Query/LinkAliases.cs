using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Query;

/// <summary>
/// The alias of every link-entity: its EntityAlias, or the generated <c>&lt;table&gt;&lt;n&gt;</c>
/// Dataverse uses when none is given (n counts the links of the query, depth first).
/// </summary>
internal static class LinkAliases
{
    public static IReadOnlyDictionary<LinkEntity, string> Assign(QueryExpression query)
    {
        var aliases = new Dictionary<LinkEntity, string>(ReferenceEqualityComparer.Instance);
        var counter = 0;
        foreach (var link in AllLinks(query.LinkEntities))
        {
            counter++;
            aliases[link] = string.IsNullOrEmpty(link.EntityAlias) ? link.LinkToEntityName + counter : link.EntityAlias;
        }
        return aliases;
    }

    public static IEnumerable<LinkEntity> AllLinks(DataCollection<LinkEntity> links)
    {
        foreach (var link in links)
        {
            yield return link;
            foreach (var nested in AllLinks(link.LinkEntities)) yield return nested;
        }
    }
}
