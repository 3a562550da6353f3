using System;
using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Privacy;

/// <summary>
/// The suppression keys of an environment, newest first. The newest (current) key hashes the entries
/// of new erasures; an incoming person is checked against the hashes under every key, because an
/// entry can only ever match under the key it was made with (the identifiers it came from are gone).
/// Rotating therefore adds a key and keeps the old ones: docs/consent-and-gdpr.md, "The suppression key".
/// </summary>
public sealed class SuppressionKeyRing
{
    public SuppressionKeyRing(IReadOnlyList<SuppressionKey> newestFirst)
    {
        if (newestFirst == null || newestFirst.Count == 0)
            throw new ArgumentException("A suppression key ring needs at least one key.", nameof(newestFirst));
        Keys = newestFirst;
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<SuppressionKey> Keys { get; }

    /// <summary>The key new suppression entries are made with.</summary>
    public SuppressionKey Current => Keys[0];

    /// <summary>The entries a new erasure writes: the current key's hashes of the person's identifiers.</summary>
    public IReadOnlyList<string> EntriesFor(string? studentNumber, string? personNumber) => Current.HashesFor(studentNumber, personNumber);

    /// <summary>Every hash an existing entry for this person could have: under each key, without duplicates.</summary>
    public IReadOnlyList<string> CandidatesFor(string? studentNumber, string? personNumber) =>
        Keys.SelectMany(k => k.HashesFor(studentNumber, personNumber)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The hashes of one identifier under every key.</summary>
    public IReadOnlyList<string> CandidatesFor(FsIdentifierKind kind, string? identifier) =>
        Keys.Select(k => k.Hash(kind, identifier)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Never print a key.</summary>
    public override string ToString() => "SuppressionKeyRing(" + Keys.Count + " keys)";
}
