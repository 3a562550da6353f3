using System;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// What the contactability rules need to know about a person besides the ledger (from the contact row).
/// The reachability facts are three-valued: empty = the glue did not look, so the rules do not check;
/// false = known to be missing, so the channel cannot be used.
/// </summary>
public sealed record PersonContactFacts
{
    public Guid PersonId { get; init; }

    /// <summary><c>alm_isdeceased</c>.</summary>
    public bool IsDeceased { get; init; }

    /// <summary><c>alm_deceasedon</c>; when set, questions about earlier times are answered as for a living person.</summary>
    public DateTime? DeceasedOn { get; init; }

    /// <summary><c>alm_latestgraduationdate</c>; legitimate interest and entitlements run from it.</summary>
    public DateTime? LatestGraduationDate { get; init; }

    /// <summary><c>emailaddress1</c> is filled in.</summary>
    public bool? HasEmailAddress { get; init; }

    /// <summary><c>mobilephone</c> is filled in (needed for SMS and phone).</summary>
    public bool? HasMobilePhone { get; init; }

    /// <summary>A postal address is filled in.</summary>
    public bool? HasPostalAddress { get; init; }

    /// <summary>Whether the person counts as deceased at <paramref name="asOf"/>.</summary>
    public bool IsDeceasedAt(DateTime asOf) => IsDeceased && (DeceasedOn == null || DeceasedOn.Value.Date <= asOf);
}
