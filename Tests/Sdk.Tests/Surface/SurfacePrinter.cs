using System.Globalization;
using System.Reflection;
using System.Text;

namespace AlumniCrm.Sdk.Tests.Surface;

/// <summary>Prints the public and protected surface of an assembly (loaded for inspection only) in the
/// line format of official-surface.txt: "assembly | namespace.type | declaration or member".</summary>
internal static class SurfacePrinter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    // Type-level attributes that change what compiles against a type; the listing shows exactly these.
    private static readonly string[] ShownTypeAttributes = { "System.AttributeUsageAttribute", "System.FlagsAttribute", "System.ObsoleteAttribute" };
    private static readonly string[] ShownMemberAttributes = { "System.Security.SecurityCriticalAttribute", "System.ObsoleteAttribute" };

    public static IReadOnlyList<string> Print(Assembly assembly)
    {
        var lines = new List<string>();
        string assemblyName = assembly.GetName().Name;
        foreach (var type in assembly.GetTypes().Where(IsVisible))
        {
            string prefix = assemblyName + " | " + TypeNameFormatter.DeclarationName(type) + " | ";
            lines.Add(prefix + TypeDeclaration(type));
            lines.AddRange(Members(type).Select(member => prefix + member));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static bool IsVisible(Type type) =>
        type.IsPublic || (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType);

    private static string TypeDeclaration(Type type)
    {
        var text = new StringBuilder();
        // [Serializable] is a metadata flag, not a custom attribute; the flag is obsolete API on .NET only as a serialisation feature.
#pragma warning disable SYSLIB0050
        if ((type.Attributes & TypeAttributes.Serializable) != 0 && !type.IsEnum && !type.IsInterface) text.Append("[Serializable] ");
#pragma warning restore SYSLIB0050
        text.Append(Attributes(type.GetCustomAttributesData(), ShownTypeAttributes));
        text.Append("public ");
        if (type.IsInterface)
        {
            text.Append("interface");
            AppendSupertypes(text, null, type.GetInterfaces());
            return text.ToString();
        }
        if (type.IsEnum)
        {
            text.Append("enum");
            var underlying = type.GetEnumUnderlyingType();
            if (underlying.FullName != "System.Int32") text.Append(" : ").Append(TypeNameFormatter.Format(underlying));
            return text.ToString();
        }
        if (type.IsAbstract && type.IsSealed) text.Append("static ");
        else if (type.IsAbstract) text.Append("abstract ");
        else if (type.IsSealed) text.Append("sealed ");
        text.Append("class");
        // Only the interfaces the type adds to its base type's.
        var inherited = new HashSet<Type>(type.BaseType.GetInterfaces());
        AppendSupertypes(text, type.BaseType, type.GetInterfaces().Where(i => !inherited.Contains(i)));
        return text.ToString();
    }

    private static void AppendSupertypes(StringBuilder text, Type baseType, IEnumerable<Type> interfaces)
    {
        var names = interfaces.Select(TypeNameFormatter.Format).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (baseType != null) names.Insert(0, TypeNameFormatter.Format(baseType));
        if (names.Count > 0) text.Append(" : ").Append(string.Join(", ", names));
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return field.Name + " = " + Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture);
            }
            yield break;
        }
        foreach (var constructor in type.GetConstructors(Declared).Where(c => !c.IsStatic && IsVisible(c)))
        {
            yield return Attributes(constructor.GetCustomAttributesData(), ShownMemberAttributes)
                + Access(constructor) + ".ctor" + Parameters(constructor.GetParameters(), false, '(', ')');
        }
        foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName && IsVisible(m)))
        {
            yield return Method(type, method);
        }
        foreach (var property in type.GetProperties(Declared))
        {
            var accessors = new[] { property.GetMethod, property.SetMethod }.Where(a => a != null && IsVisible(a)).ToList();
            if (accessors.Count > 0) yield return Property(type, property, accessors);
        }
        foreach (var field in type.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
        {
            var text = new StringBuilder(Access(field));
            if (field.IsLiteral) text.Append("const ");
            else
            {
                if (field.IsStatic) text.Append("static ");
                if (field.IsInitOnly) text.Append("readonly ");
            }
            yield return text.Append(TypeNameFormatter.Format(field.FieldType)).Append(' ').Append(field.Name).ToString();
        }
        foreach (var @event in type.GetEvents(Declared).Where(e => IsVisible(e.AddMethod)))
        {
            yield return Access(@event.AddMethod) + "event " + TypeNameFormatter.Format(@event.EventHandlerType) + " " + @event.Name;
        }
    }

    private static string Method(Type type, MethodInfo method)
    {
        var text = new StringBuilder(Attributes(method.GetCustomAttributesData(), ShownMemberAttributes));
        if (!type.IsInterface) text.Append(Access(method)).Append(Modifiers(method));
        text.Append(TypeNameFormatter.Format(method.ReturnType)).Append(' ').Append(method.Name);
        if (method.IsGenericMethodDefinition)
        {
            text.Append('<').Append(string.Join(", ", method.GetGenericArguments().Select(a => a.Name))).Append('>');
        }
        bool isExtension = method.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.ExtensionAttribute");
        text.Append(Parameters(method.GetParameters(), isExtension, '(', ')'));
        if (method.IsGenericMethodDefinition)
        {
            foreach (var parameter in method.GetGenericArguments())
            {
                var constraints = Constraints(parameter);
                if (constraints.Count > 0) text.Append(" where ").Append(parameter.Name).Append(" : ").Append(string.Join(", ", constraints));
            }
        }
        return text.ToString();
    }

    private static string Property(Type type, PropertyInfo property, List<MethodInfo> accessors)
    {
        var main = accessors.OrderBy(a => a.IsPublic ? 0 : 1).First();
        var text = new StringBuilder(Attributes(property.GetCustomAttributesData(), ShownMemberAttributes));
        if (!type.IsInterface) text.Append(Access(main)).Append(Modifiers(main));
        text.Append(TypeNameFormatter.Format(property.PropertyType)).Append(' ');
        var index = property.GetIndexParameters();
        text.Append(index.Length > 0 ? "this" + Parameters(index, false, '[', ']') : property.Name);
        text.Append(" { ");
        foreach (var accessor in accessors)
        {
            // An accessor less visible than the property says so, as C# would.
            if (!type.IsInterface && Access(accessor) != Access(main)) text.Append(Access(accessor));
            text.Append(accessor == property.GetMethod ? "get; " : "set; ");
        }
        return text.Append('}').ToString();
    }

    private static List<string> Constraints(Type parameter)
    {
        var constraints = new List<string>();
        var flags = parameter.GenericParameterAttributes;
        if ((flags & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0) constraints.Add("struct");
        else if ((flags & GenericParameterAttributes.ReferenceTypeConstraint) != 0) constraints.Add("class");
        constraints.AddRange(parameter.GetGenericParameterConstraints()
            .Where(c => c.FullName != "System.ValueType")
            .Select(TypeNameFormatter.Format));
        if ((flags & GenericParameterAttributes.DefaultConstructorConstraint) != 0
            && (flags & GenericParameterAttributes.NotNullableValueTypeConstraint) == 0) constraints.Add("new()");
        return constraints;
    }

    private static string Parameters(ParameterInfo[] parameters, bool isExtension, char open, char close)
    {
        var rendered = parameters.Select((parameter, index) =>
        {
            var text = new StringBuilder();
            if (isExtension && index == 0) text.Append("this ");
            if (parameter.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "System.ParamArrayAttribute")) text.Append("params ");
            if (parameter.ParameterType.IsByRef) text.Append(parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ");
            text.Append(TypeNameFormatter.Format(parameter.ParameterType)).Append(' ').Append(parameter.Name);
            if (parameter.HasDefaultValue) text.Append(" = ").Append(Literal(parameter.RawDefaultValue));
            return text.ToString();
        });
        return open + string.Join(", ", rendered) + close;
    }

    private static string Literal(object value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    // protected internal prints as protected: both are visible to derived classes only.
    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Access(FieldInfo field) => field.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic) return "static ";
        if (method.IsAbstract) return "abstract ";
        if (!method.IsVirtual) return "";
        bool newSlot = (method.Attributes & MethodAttributes.NewSlot) != 0;
        if (method.IsFinal) return newSlot ? "" : "sealed override ";
        return newSlot ? "virtual " : "override ";
    }

    private static string Attributes(IEnumerable<CustomAttributeData> attributes, string[] shown)
    {
        var text = new StringBuilder();
        foreach (var attribute in attributes.Where(a => shown.Contains(a.AttributeType.FullName)))
        {
            string name = attribute.AttributeType.Name;
            name = name.Substring(0, name.Length - "Attribute".Length);
            var arguments = attribute.ConstructorArguments.Select(Argument)
                .Concat(attribute.NamedArguments.Select(n => n.MemberName + " = " + Argument(n.TypedValue)))
                .ToList();
            text.Append('[').Append(name);
            if (arguments.Count > 0) text.Append('(').Append(string.Join(", ", arguments)).Append(')');
            text.Append("] ");
        }
        return text.ToString();
    }

    private static string Argument(CustomAttributeTypedArgument argument)
    {
        if (argument.ArgumentType.IsEnum)
        {
            long value = Convert.ToInt64(argument.Value, CultureInfo.InvariantCulture);
            var names = argument.ArgumentType.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture) == value)
                .Select(f => argument.ArgumentType.Name + "." + f.Name)
                .ToList();
            return names.Count > 0 ? names[0] : "(" + argument.ArgumentType.Name + ")" + value;
        }
        return Literal(argument.Value);
    }
}
