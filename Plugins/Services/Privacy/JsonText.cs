using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>
/// A minimal JSON writer (System.Text.Json is not available in the net462 sandbox): objects, arrays,
/// names and primitive values, with string escaping per RFC 8259. Commas are placed automatically.
/// </summary>
public sealed class JsonText
{
    private readonly StringBuilder _text = new();
    private readonly Stack<bool> _hasItems = new();
    private bool _afterName;

    public JsonText BeginObject() => Open('{');
    public JsonText EndObject() => Close('}');
    public JsonText BeginArray() => Open('[');
    public JsonText EndArray() => Close(']');

    public JsonText Name(string name)
    {
        Separate();
        WriteString(name);
        _text.Append(':');
        _afterName = true;
        return this;
    }

    public JsonText String(string? value) => value == null ? Null() : Raw(() => WriteString(value));
    public JsonText Number(decimal value) => Raw(() => _text.Append(value.ToString(CultureInfo.InvariantCulture)));
    public JsonText Number(long value) => Raw(() => _text.Append(value.ToString(CultureInfo.InvariantCulture)));
    public JsonText Number(double value) => Raw(() => _text.Append(value.ToString("R", CultureInfo.InvariantCulture)));
    public JsonText Bool(bool value) => Raw(() => _text.Append(value ? "true" : "false"));
    public JsonText Null() => Raw(() => _text.Append("null"));

    public override string ToString() => _text.ToString();

    private JsonText Open(char bracket)
    {
        Separate();
        _text.Append(bracket);
        _hasItems.Push(false);
        return this;
    }

    private JsonText Close(char bracket)
    {
        _hasItems.Pop();
        _text.Append(bracket);
        return this;
    }

    private JsonText Raw(Action write)
    {
        Separate();
        write();
        return this;
    }

    // A value right after its name takes no comma; any other item after a first one does.
    private void Separate()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }
        if (_hasItems.Count == 0) return;
        if (_hasItems.Peek()) _text.Append(',');
        _hasItems.Pop();
        _hasItems.Push(true);
    }

    private void WriteString(string value)
    {
        _text.Append('"');
        foreach (var character in value)
        {
            switch (character)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                case '\b': _text.Append("\\b"); break;
                case '\f': _text.Append("\\f"); break;
                default:
                    if (character < ' ') _text.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                    else _text.Append(character);
                    break;
            }
        }
        _text.Append('"');
    }
}
