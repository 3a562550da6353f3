using Microsoft.Xrm.Sdk;

namespace AlumniCrm.WebApiEmulator.Protocol;

/// <summary>
/// A resource path after <c>/api/data/v9.2/</c>: an entity set, optionally one row by id or by
/// alternate key (<c>contacts(alm_fsstudentnumber='123')</c>), optionally a bound operation segment.
/// </summary>
public sealed record ResourcePath(string EntitySet, Guid? Id, KeyAttributeCollection? Keys, string? Segment)
{
    public bool IsRow => Id is not null || Keys is not null;

    public static ResourcePath Parse(string path)
    {
        path = Uri.UnescapeDataString(path.Trim('/'));
        var slash = FindTopLevelSlash(path);
        var segment = slash < 0 ? null : path[(slash + 1)..];
        var head = slash < 0 ? path : path[..slash];
        var open = head.IndexOf('(');
        if (open < 0) return new ResourcePath(head, null, null, segment);
        if (!head.EndsWith(')')) throw new FormatException($"Malformed key segment in '{head}'.");
        var set = head[..open];
        var inner = head[(open + 1)..^1];
        if (Guid.TryParse(inner, out var id)) return new ResourcePath(set, id, null, segment);
        return new ResourcePath(set, null, ParseKeys(inner), segment);
    }

    public EntityReference Reference(string table) =>
        Id is { } id ? new EntityReference(table, id) : new EntityReference(table, Keys!);

    private static KeyAttributeCollection ParseKeys(string text)
    {
        var keys = new KeyAttributeCollection();
        var position = 0;
        while (position < text.Length)
        {
            var equals = text.IndexOf('=', position);
            if (equals < 0) throw new FormatException("A key segment needs name=value pairs.");
            var name = text[position..equals].Trim();
            position = equals + 1;
            string value;
            if (text[position] == '\'')
            {
                var builder = new System.Text.StringBuilder();
                position++;
                while (true)
                {
                    if (position >= text.Length) throw new FormatException("Unclosed quote in a key value.");
                    if (text[position] == '\'')
                    {
                        if (position + 1 < text.Length && text[position + 1] == '\'') { builder.Append('\''); position += 2; continue; }
                        position++;
                        break;
                    }

                    builder.Append(text[position++]);
                }

                value = builder.ToString();
            }
            else
            {
                var end = text.IndexOf(',', position);
                if (end < 0) end = text.Length;
                value = text[position..end].Trim();
                position = end;
            }

            keys[name] = Guid.TryParse(value, out var guid) ? guid : value;
            while (position < text.Length && (text[position] == ',' || text[position] == ' ')) position++;
        }

        return keys;
    }

    private static int FindTopLevelSlash(string path)
    {
        var inQuote = false;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '\'') inQuote = !inQuote;
            else if (path[i] == '/' && !inQuote) return i;
        }

        return -1;
    }
}
