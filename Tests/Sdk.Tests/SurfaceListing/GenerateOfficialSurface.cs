#:property PublishAot=false
#:property Nullable=disable
// Regenerates official-surface.txt from the reference listing of the Dataverse SDK
// (xrm-sdk-surface.md, sections 2, 3, 4, 5, 6 and 9). Run from the repository root:
//   dotnet run --file Tests/Sdk.Tests/SurfaceListing/GenerateOfficialSurface.cs -- \
//       <path>/xrm-sdk-surface.md Tests/Sdk.Tests/SurfaceListing/official-surface.txt
// The line format is the one SurfacePrinter (in the test project) produces from metadata; see
// the header written below. This file is not compiled into the test project.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: GenerateOfficialSurface.cs <xrm-sdk-surface.md> <official-surface.txt>");
    return 2;
}

var markdown = File.ReadAllLines(args[0]);
var types = ReferenceListing.Parse(markdown);
var lines = new SortedSet<string>(StringComparer.Ordinal);
foreach (var type in types)
{
    foreach (var line in type.Render(types))
    {
        lines.Add(line);
    }
}

var output = new StringBuilder();
output.Append("# Official public/protected surface of the Dataverse SDK subset the stand-in may contain.\n");
output.Append("# GENERATED from xrm-sdk-surface.md (sections 2, 3, 4, 5, 6, 9) by GenerateOfficialSurface.cs; do not edit.\n");
output.Append("# Format: <assembly> | <namespace.type> | <type declaration or member signature>; see docs/sdk-stand-in.md.\n");
foreach (var line in lines)
{
    output.Append(line).Append('\n');
}
File.WriteAllText(args[1], output.ToString());
Console.WriteLine($"{types.Count} types, {lines.Count} lines -> {args[1]}");
return 0;

/// <summary>One type of the reference listing: its metadata lines and C# block.</summary>
sealed class ListedType
{
    public string Assembly = "";
    public string Namespace = "";
    public string Kind = "";          // the "- kind:" line without the bullet
    public List<string> Block = new();  // the C# block lines

    public string Name = "";            // simple name, without generic parameters
    public List<string> GenericParameters = new();

    public IEnumerable<string> Render(List<ListedType> all)
    {
        var resolver = new TypeNameResolver(Namespace, all, GenericParameters);
        var declaration = Block.First(l => Regex.IsMatch(l, @"^\s*public\s"));
        var attributes = Block.TakeWhile(l => l != declaration).SelectMany(ParseAttributes).ToList();
        string fullName = Namespace + "." + Name + (GenericParameters.Count > 0 ? "<" + string.Join(", ", GenericParameters) + ">" : "");
        string prefix = Assembly + " | " + fullName + " | ";

        yield return prefix + RenderTypeDeclaration(attributes, resolver);

        bool isInterface = Kind.StartsWith("kind: interface");
        bool isEnum = Kind.StartsWith("kind: enum");
        int start = Block.IndexOf(declaration);
        foreach (var raw in Block.Skip(start + 1))
        {
            var line = StripComments(raw).Trim();
            if (line.Length == 0 || line == "{" || line == "}") continue;
            if (isEnum)
            {
                var m = Regex.Match(line, @"^(\w+)\s*=\s*(-?\d+),?$");
                if (!m.Success) throw new FormatException($"Enum member not understood: {raw}");
                yield return prefix + m.Groups[1].Value + " = " + m.Groups[2].Value;
                continue;
            }
            var memberGenerics = new List<string>();
            var gm = Regex.Match(line, @"\b\w+<([\w\s,]+)>\(");
            if (gm.Success) memberGenerics.AddRange(gm.Groups[1].Value.Split(',').Select(s => s.Trim()));
            var memberResolver = resolver.WithGenericParameters(memberGenerics);
            yield return prefix + new MemberParser(line, Name, isInterface, memberResolver).Render();
        }
    }

    private string RenderTypeDeclaration(List<string> attributes, TypeNameResolver resolver)
    {
        var parts = Kind.Substring("kind: ".Length).Split(" · ").Select(p => p.Trim()).ToList();
        parts[parts.Count - 1] = Regex.Replace(parts[parts.Count - 1], @"\s+—.*$", "");
        string kind = parts[0];
        var text = new StringBuilder();
        foreach (var attribute in attributes) text.Append(attribute).Append(' ');
        if (kind.StartsWith("enum"))
        {
            if (kind != "enum (underlying int)") throw new FormatException($"Enum kind not understood: {Kind}");
            return text.Append("public enum").ToString();
        }
        text.Append("public ").Append(kind);
        var supertypes = new List<string>();
        string baseType = null;
        foreach (var part in parts.Skip(1))
        {
            if (part.StartsWith("base: ")) baseType = resolver.Resolve(part.Substring(6));
            else if (part.StartsWith("implements: ") || part.StartsWith("extends: "))
            {
                string list = part.Substring(part.IndexOf(':') + 2);
                supertypes.AddRange(TypeNameResolver.SplitTopLevel(list).Select(resolver.Resolve));
            }
            else throw new FormatException($"Kind part not understood: {part}");
        }
        // Interfaces the base type already implements are not part of a type's own declaration
        // (the printer lists only interfaces the base type lacks); the only case in the subset:
        if (baseType == "System.Exception") supertypes.Remove("System.Runtime.Serialization.ISerializable");
        supertypes.Sort(StringComparer.Ordinal);
        if (baseType != null) supertypes.Insert(0, baseType);
        if (supertypes.Count > 0) text.Append(" : ").Append(string.Join(", ", supertypes));
        return text.ToString();
    }

    public static IEnumerable<string> ParseAttributes(string line)
    {
        foreach (Match m in Regex.Matches(line, @"\[([^\[\]]+)\]"))
        {
            yield return "[" + NormaliseAttribute(m.Groups[1].Value.Trim()) + "]";
        }
    }

    public static string NormaliseAttribute(string attribute)
    {
        var m = Regex.Match(attribute, @"^([\w.]+?)(?:Attribute)?(\(.*\))?$");
        string name = m.Groups[1].Value;
        name = name.Substring(name.LastIndexOf('.') + 1);
        return name + m.Groups[2].Value;
    }

    public static string StripComments(string line)
    {
        line = Regex.Replace(line, @"/\*.*?\*/", "");
        int comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment >= 0 ? line.Substring(0, comment) : line;
    }
}

/// <summary>Qualifies the type names of the listing, which writes System, System.Collections.Generic
/// and the declaring namespace's own types unqualified.</summary>
sealed class TypeNameResolver
{
    private static readonly HashSet<string> Keywords = new() { "bool", "byte", "char", "decimal", "double", "float", "int", "long", "object", "sbyte", "short", "string", "uint", "ulong", "ushort", "void" };
    private static readonly HashSet<string> CollectionsGeneric = new() { "IEnumerable", "IEnumerator", "IDictionary", "ICollection", "IList", "KeyValuePair", "Dictionary", "List", "IReadOnlyDictionary", "IReadOnlyList", "IReadOnlyCollection" };

    private readonly string _namespace;
    private readonly List<ListedType> _all;
    private readonly List<string> _generics;

    public TypeNameResolver(string ns, List<ListedType> all, List<string> generics)
    {
        _namespace = ns;
        _all = all;
        _generics = generics;
    }

    public TypeNameResolver WithGenericParameters(IEnumerable<string> more) => new(_namespace, _all, _generics.Concat(more).ToList());

    public string Resolve(string text)
    {
        int position = 0;
        string result = Parse(text.Trim(), ref position);
        if (position != text.Trim().Length) throw new FormatException($"Type not understood: '{text}'");
        return result;
    }

    // Parses one type expression starting at position and returns its canonical form.
    public string Parse(string text, ref int position)
    {
        var m = Regex.Match(text.Substring(position), @"^[A-Za-z_][\w.]*");
        if (!m.Success) throw new FormatException($"Type expected at {position} in '{text}'");
        position += m.Length;
        string name = Qualify(m.Value);
        if (position < text.Length && text[position] == '<')
        {
            position++;
            var arguments = new List<string>();
            while (true)
            {
                SkipSpaces(text, ref position);
                arguments.Add(Parse(text, ref position));
                SkipSpaces(text, ref position);
                if (text[position] == ',') { position++; continue; }
                if (text[position] == '>') { position++; break; }
                throw new FormatException($"',' or '>' expected in '{text}'");
            }
            name += "<" + string.Join(", ", arguments) + ">";
        }
        while (position < text.Length && (text[position] == '?' || text[position] == '['))
        {
            if (text[position] == '?') { name += "?"; position++; }
            else if (position + 1 < text.Length && text[position + 1] == ']') { name += "[]"; position += 2; }
            else break;
        }
        return name;
    }

    private string Qualify(string name)
    {
        if (name.Contains('.')) return name;
        if (Keywords.Contains(name) || _generics.Contains(name)) return name;
        if (_all.Any(t => t.Namespace == _namespace && t.Name == name)) return _namespace + "." + name;
        if (CollectionsGeneric.Contains(name)) return "System.Collections.Generic." + name;
        return "System." + name;
    }

    public static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ') position++;
    }

    public static List<string> SplitTopLevel(string list)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] == '<' || list[i] == '(' || list[i] == '[') depth++;
            else if (list[i] == '>' || list[i] == ')' || list[i] == ']') depth--;
            else if (list[i] == ',' && depth == 0)
            {
                parts.Add(list.Substring(start, i - start).Trim());
                start = i + 1;
            }
        }
        if (list.Substring(start).Trim().Length > 0) parts.Add(list.Substring(start).Trim());
        return parts;
    }
}

/// <summary>Parses one member line of a C# block and renders it canonically.</summary>
sealed class MemberParser
{
    private static readonly string[] Modifiers = { "public", "protected", "internal", "static", "virtual", "override", "abstract", "sealed", "readonly", "const", "new" };
    private readonly string _line;
    private readonly string _typeName;
    private readonly bool _inInterface;
    private readonly TypeNameResolver _resolver;
    private int _position;

    public MemberParser(string line, string typeName, bool inInterface, TypeNameResolver resolver)
    {
        _line = line;
        _typeName = typeName;
        _inInterface = inInterface;
        _resolver = resolver;
    }

    public string Render()
    {
        var text = new StringBuilder();
        var attributes = new List<string>();
        while (Peek() == '[')
        {
            int end = _line.IndexOf(']', _position);
            attributes.AddRange(ListedType.ParseAttributes(_line.Substring(_position, end - _position + 1)));
            _position = end + 1;
            SkipSpaces();
        }
        foreach (var attribute in attributes) text.Append(attribute).Append(' ');

        var modifiers = new List<string>();
        while (true)
        {
            var word = Regex.Match(_line.Substring(_position), @"^(\w+)\s").Groups[1].Value;
            if (!Modifiers.Contains(word)) break;
            modifiers.Add(word);
            _position += word.Length;
            SkipSpaces();
        }
        // "protected internal" is reported as in metadata; the stand-in may use protected: both print "protected".
        if (modifiers.Contains("protected")) modifiers.Remove("internal");
        modifiers.Remove("new");
        if (!_inInterface)
        {
            foreach (var modifier in modifiers) text.Append(modifier).Append(' ');
        }

        if (Regex.IsMatch(_line.Substring(_position), "^" + Regex.Escape(_typeName) + @"\("))
        {
            _position += _typeName.Length;
            text.Append(".ctor").Append(ParseParameters('(', ')'));
            Expect(';');
            return text.ToString();
        }

        string type = _resolver.Parse(_line, ref _position);
        SkipSpaces();
        if (_line.Substring(_position).StartsWith("this["))
        {
            _position += 4;
            text.Append(type).Append(" this").Append(ParseParameters('[', ']'));
            SkipSpaces();
            text.Append(' ').Append(ParseAccessors());
            return text.ToString();
        }

        var name = Regex.Match(_line.Substring(_position), @"^\w+").Value;
        _position += name.Length;
        text.Append(type).Append(' ').Append(name);
        if (Peek() == '<')
        {
            int end = _line.IndexOf('>', _position);
            var generics = _line.Substring(_position + 1, end - _position - 1).Split(',').Select(s => s.Trim());
            text.Append('<').Append(string.Join(", ", generics)).Append('>');
            _position = end + 1;
        }
        SkipSpaces();
        if (Peek() == '(')
        {
            text.Append(ParseParameters('(', ')'));
            SkipSpaces();
            while (_line.Substring(_position).StartsWith("where "))
            {
                _position += 6;
                var parameter = Regex.Match(_line.Substring(_position), @"^(\w+)\s*:\s*").Groups;
                _position += parameter[0].Length;
                var constraints = new List<string>();
                while (true)
                {
                    SkipSpaces();
                    constraints.Add(_line.Substring(_position).StartsWith("class") ? Take("class")
                        : _line.Substring(_position).StartsWith("struct") ? Take("struct")
                        : _line.Substring(_position).StartsWith("new()") ? Take("new()")
                        : _resolver.Parse(_line, ref _position));
                    SkipSpaces();
                    if (Peek() == ',') { _position++; continue; }
                    break;
                }
                text.Append(" where ").Append(parameter[1].Value).Append(" : ").Append(string.Join(", ", constraints));
                SkipSpaces();
            }
            Expect(';');
            return text.ToString();
        }
        if (Peek() == '{')
        {
            text.Append(' ').Append(ParseAccessors());
            return text.ToString();
        }
        Expect(';');
        return text.ToString();
    }

    private string Take(string word)
    {
        _position += word.Length;
        return word;
    }

    private string ParseParameters(char open, char close)
    {
        if (Peek() != open) throw new FormatException($"'{open}' expected: {_line}");
        int depth = 0, start = _position + 1, end = -1;
        for (int i = _position; i < _line.Length; i++)
        {
            if (_line[i] == open || _line[i] == '<') depth++;
            else if (_line[i] == close || _line[i] == '>') depth--;
            if (depth == 0) { end = i; break; }
        }
        _position = end + 1;
        var rendered = new List<string>();
        foreach (var parameter in TypeNameResolver.SplitTopLevel(_line.Substring(start, end - start)))
        {
            var text = parameter;
            var prefix = new StringBuilder();
            foreach (var modifier in new[] { "this ", "params ", "out ", "ref ", "in " })
            {
                if (text.StartsWith(modifier)) { prefix.Append(modifier); text = text.Substring(modifier.Length); }
            }
            int position = 0;
            string type = _resolver.Parse(text, ref position);
            string rest = text.Substring(position).Trim();
            var m = Regex.Match(rest, @"^(\w+)(?:\s*=\s*(.+))?$");
            if (!m.Success) throw new FormatException($"Parameter not understood: '{parameter}' in {_line}");
            rendered.Add(prefix + type + " " + m.Groups[1].Value + (m.Groups[2].Success ? " = " + m.Groups[2].Value.Trim() : ""));
        }
        return open + string.Join(", ", rendered) + close;
    }

    private string ParseAccessors()
    {
        int end = _line.IndexOf('}', _position);
        var body = _line.Substring(_position + 1, end - _position - 1);
        _position = end + 1;
        var accessors = body.Split(';').Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        foreach (var accessor in accessors)
        {
            if (accessor.StartsWith("internal") || accessor.StartsWith("private")) throw new FormatException($"Non-public accessor must be a comment: {_line}");
        }
        return "{ " + string.Concat(accessors.Select(a => a + "; ")) + "}";
    }

    private char Peek() => _position < _line.Length ? _line[_position] : '\0';

    private void SkipSpaces() => TypeNameResolver.SkipSpaces(_line, ref _position);

    private void Expect(char c)
    {
        SkipSpaces();
        if (Peek() != c) throw new FormatException($"'{c}' expected at {_position}: {_line}");
        _position++;
    }
}

/// <summary>Walks the markdown: "## N." sections, "#### Type" headings, "- kind/full name/source" bullets, C# blocks.</summary>
static class ReferenceListing
{
    private static readonly HashSet<int> Sections = new() { 2, 3, 4, 5, 6, 9 };

    public static List<ListedType> Parse(string[] lines)
    {
        var types = new List<ListedType>();
        int section = 0;
        ListedType current = null;
        bool inBlock = false;
        foreach (var line in lines)
        {
            var heading = Regex.Match(line, @"^## (\d+)\.");
            if (heading.Success)
            {
                section = int.Parse(heading.Groups[1].Value);
                current = null;
                continue;
            }
            if (!Sections.Contains(section)) continue;
            if (line.StartsWith("#### "))
            {
                current = new ListedType();
                types.Add(current);
                continue;
            }
            if (current == null || current.Block.Count > 0 && !inBlock) continue;
            if (line.StartsWith("- kind: ")) current.Kind = line.Substring(2).Trim();
            else if (line.StartsWith("- full name: "))
            {
                var fullName = Regex.Match(line, @"`+\s*([\w.`]+?)\s*`+").Groups[1].Value;
                fullName = Regex.Replace(fullName, @"`\d+$", "");
                current.Namespace = fullName.Substring(0, fullName.LastIndexOf('.'));
            }
            else if (line.StartsWith("- source: "))
            {
                current.Assembly = Regex.Match(line, @"\] (Microsoft\.[\w.]+)\.dll").Groups[1].Value;
            }
            else if (line.StartsWith("```csharp")) inBlock = true;
            else if (line.StartsWith("```") && inBlock) inBlock = false;
            else if (inBlock) current.Block.Add(line);
        }
        foreach (var type in types)
        {
            if (type.Assembly.Length == 0 || type.Namespace.Length == 0 || type.Kind.Length == 0 || type.Block.Count == 0)
            {
                throw new FormatException($"Incomplete type entry (kind '{type.Kind}', namespace '{type.Namespace}').");
            }
            var declaration = type.Block.First(l => Regex.IsMatch(l, @"^\s*public\s"));
            var m = Regex.Match(declaration, @"\b(?:class|interface|enum)\s+(\w+)(?:<([\w\s,]+)>)?");
            type.Name = m.Groups[1].Value;
            if (m.Groups[2].Success) type.GenericParameters.AddRange(m.Groups[2].Value.Split(',').Select(s => s.Trim()));
        }
        return types;
    }
}
