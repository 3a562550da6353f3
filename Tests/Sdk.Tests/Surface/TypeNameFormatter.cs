using System.Reflection;

namespace AlumniCrm.Sdk.Tests.Surface;

/// <summary>Writes type references the way official-surface.txt does: C# keywords for the built-in
/// types, namespace-qualified names otherwise, generic arguments in angle brackets, T? for Nullable.</summary>
internal static class TypeNameFormatter
{
    private static readonly Dictionary<string, string> Keywords = new()
    {
        ["System.Boolean"] = "bool",
        ["System.Byte"] = "byte",
        ["System.Char"] = "char",
        ["System.Decimal"] = "decimal",
        ["System.Double"] = "double",
        ["System.Single"] = "float",
        ["System.Int32"] = "int",
        ["System.Int64"] = "long",
        ["System.Object"] = "object",
        ["System.SByte"] = "sbyte",
        ["System.Int16"] = "short",
        ["System.String"] = "string",
        ["System.UInt32"] = "uint",
        ["System.UInt64"] = "ulong",
        ["System.UInt16"] = "ushort",
        ["System.Void"] = "void",
    };

    public static string Format(Type type)
    {
        if (type.IsByRef) return Format(type.GetElementType());
        if (type.IsArray) return Format(type.GetElementType()) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        if (type.IsGenericParameter) return type.Name;
        if (type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1")
        {
            return Format(type.GetGenericArguments()[0]) + "?";
        }
        string name = QualifiedName(type);
        if (Keywords.TryGetValue(name, out var keyword)) return keyword;
        if (type.IsGenericType)
        {
            return name + "<" + string.Join(", ", type.GetGenericArguments().Select(Format)) + ">";
        }
        return name;
    }

    /// <summary>The declaration name of a type: namespace, name and its own generic parameters.</summary>
    public static string DeclarationName(Type type)
    {
        string name = QualifiedName(type);
        return type.IsGenericTypeDefinition
            ? name + "<" + string.Join(", ", type.GetGenericArguments().Select(a => a.Name)) + ">"
            : name;
    }

    private static string QualifiedName(Type type)
    {
        string name = type.Name;
        int tick = name.IndexOf('`');
        if (tick >= 0) name = name.Substring(0, tick);
        string container = type.IsNested ? QualifiedName(type.DeclaringType) : type.Namespace;
        return string.IsNullOrEmpty(container) ? name : container + "." + name;
    }
}
