using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace AlumniCrm.Domain.Privacy;

/// <summary>
/// Computes the suppression hashes that stop a later FS import from recreating an erased person
/// (<c>alm_suppression.alm_identifierhash</c>). HMAC-SHA256 with a secret key from configuration, so a
/// hash cannot be reversed nor recomputed by anyone without the key (a plain hash of a student number
/// could be brute-forced in seconds).
/// <para>
/// One hash per identifier, so a later row matches on either. The kind is part of the hashed text, so
/// a student number never matches an equal person number. Identifiers are normalised first: trimmed,
/// upper-cased (invariant), every whitespace character removed; leading zeros are significant.
/// </para>
/// <para>The key must never change: existing suppression entries only match under the key they were made with.</para>
/// </summary>
public sealed class SuppressionKey
{
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    public SuppressionKey(byte[] key)
    {
        if (key == null) throw new ArgumentNullException(nameof(key), "The suppression key is missing from configuration.");
        if (key.Length < MinimumKeyBytes)
            throw new ArgumentException("The suppression key must be at least " + MinimumKeyBytes + " bytes (256 bits); the configured key has "
                + key.Length + ". Generate a random key and keep it unchanged for the lifetime of the environment.", nameof(key));
        _key = (byte[])key.Clone();
    }

    /// <summary>A key configured as base64 text (e.g. an environment variable or secure configuration).</summary>
    public static SuppressionKey FromBase64(string? configuredKey)
    {
        if (string.IsNullOrWhiteSpace(configuredKey))
            throw new ArgumentException("The suppression key is missing from configuration: set a base64 text of at least "
                + MinimumKeyBytes + " random bytes.", nameof(configuredKey));
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(configuredKey!.Trim());
        }
        catch (FormatException)
        {
            throw new ArgumentException("The configured suppression key is not valid base64 text.", nameof(configuredKey));
        }
        return new SuppressionKey(bytes);
    }

    /// <summary>Trim, upper-case (invariant), remove every whitespace character. Empty input gives "".</summary>
    public static string Normalise(string? identifier)
    {
        if (identifier == null) return "";
        var builder = new StringBuilder(identifier.Length);
        foreach (var character in identifier)
            if (!char.IsWhiteSpace(character))
                builder.Append(char.ToUpperInvariant(character));
        return builder.ToString();
    }

    /// <summary>The hash of one identifier: 64 lowercase hex characters, or null when it is empty after normalising.</summary>
    public string? Hash(FsIdentifierKind kind, string? identifier)
    {
        var normalised = Normalise(identifier);
        if (normalised.Length == 0) return null;
        var text = (kind == FsIdentifierKind.StudentNumber ? "studentnr:" : "personlopenr:") + normalised;
        using (var hmac = new HMACSHA256(_key))
            return ToHex(hmac.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>One hash per identifier present (student number first), without duplicates.</summary>
    public IReadOnlyList<string> HashesFor(string? studentNumber, string? personNumber)
    {
        var hashes = new List<string>();
        var student = Hash(FsIdentifierKind.StudentNumber, studentNumber);
        if (student != null) hashes.Add(student);
        var person = Hash(FsIdentifierKind.PersonNumber, personNumber);
        if (person != null && !hashes.Contains(person)) hashes.Add(person);
        return hashes;
    }

    /// <summary>Whether an incoming person matches a suppression entry on any of their identifiers.</summary>
    public bool IsSuppressed(string? studentNumber, string? personNumber, ICollection<string> suppressionHashes)
    {
        if (suppressionHashes == null) throw new ArgumentNullException(nameof(suppressionHashes));
        foreach (var hash in HashesFor(studentNumber, personNumber))
            if (suppressionHashes.Contains(hash))
                return true;
        return false;
    }

    private static string ToHex(byte[] bytes)
    {
        const string digits = "0123456789abcdef";
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = digits[bytes[i] >> 4];
            chars[2 * i + 1] = digits[bytes[i] & 0xF];
        }
        return new string(chars);
    }

    /// <summary>Never print the key.</summary>
    public override string ToString() => "SuppressionKey(" + _key.Length + " bytes)";
}
