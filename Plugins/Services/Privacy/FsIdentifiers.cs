using Microsoft.Xrm.Sdk;
using P = AlumniCrm.Plugins.Services.Schema.Contact;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>The FS identifiers of a contact row about to be written, whether given as columns or as alternate keys (upsert).</summary>
public sealed record FsIdentifiers(string? StudentNumber, string? PersonNumber)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(StudentNumber) && string.IsNullOrWhiteSpace(PersonNumber);

    public static FsIdentifiers Of(Entity target) => new(Value(target, P.FsStudentNumber), Value(target, P.FsPersonNumber));

    private static string? Value(Entity target, string column) =>
        target.Attributes.TryGetValue(column, out var value) && value is string text ? text
        : target.KeyAttributes != null && target.KeyAttributes.TryGetValue(column, out var key) && key is string keyText ? keyText
        : null;
}
