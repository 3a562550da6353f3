using System;
using System.Collections.Generic;
using AlumniCrm.Domain.Common;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// Checks a new ledger row before it is created, so every row is provable (who, when, how, for what).
/// </summary>
public static class ConsentRecordValidator
{
    /// <summary>
    /// How far before the moment of recording a staff member may date a row's valid-from. Staff often
    /// write down on the next working day what a person said at an event or on the phone; anything
    /// older must come through the import (with the original evidence), never be typed in backdated.
    /// </summary>
    public static readonly TimeSpan StaffBackdatingTolerance = TimeSpan.FromHours(24);

    /// <summary>Clock skew tolerated between the server that stamps recorded-on and the caller's "now".</summary>
    public static readonly TimeSpan ClockSkewTolerance = TimeSpan.FromMinutes(5);

    /// <summary>Column sizes from docs/data-model.md.</summary>
    public const int EvidenceMaxLength = 4000;
    public const int StatementVersionMaxLength = 50;

    /// <param name="record">The row about to be created.</param>
    /// <param name="now">The current time (UTC), passed in by the glue.</param>
    public static ConsentCheckResult Validate(ConsentRecord record, DateTime now)
    {
        if (record == null) throw new ArgumentNullException(nameof(record));
        var errors = new List<string>();

        if (record.PersonId == Guid.Empty)
            errors.Add("A consent row needs the person it belongs to.");

        if (record.Source == null)
            errors.Add("Record the source of the consent row (self-service form, import, staff or event registration).");

        if (record.RecordedOn > now + ClockSkewTolerance)
            errors.Add("Recorded-on " + DateText.Minute(record.RecordedOn) + " lies in the future.");

        if (record.ValidFrom is { } from && record.ValidUntil is { } until && until <= from)
            errors.Add("Valid-until (" + DateText.Minute(until) + ") must be after valid-from (" + DateText.Minute(from) + ").");

        if (record.Evidence is { Length: > EvidenceMaxLength })
            errors.Add("The evidence text is longer than " + EvidenceMaxLength + " characters.");
        if (record.StatementVersion is { Length: > StatementVersionMaxLength })
            errors.Add("The statement version is longer than " + StatementVersionMaxLength + " characters.");

        if (record.Source == ConsentSource.Staff)
        {
            if (record.RecordedById == null || record.RecordedById == Guid.Empty)
                errors.Add("A consent row recorded by staff must name the staff member who recorded it.");
            if (record.ValidFrom is { } staffFrom && staffFrom < record.RecordedOn - StaffBackdatingTolerance)
                errors.Add("Staff cannot backdate a consent row: valid-from " + DateText.Day(staffFrom)
                    + " is more than 24 hours before it was recorded (" + DateText.Day(record.RecordedOn)
                    + "). Use the date you record it, or import the original evidence.");
        }

        switch (record.Status)
        {
            case ConsentStatus.Granted:
                ValidateGrant(record, errors);
                break;
            case ConsentStatus.Withdrawn:
                ValidateWithdrawal(record, errors);
                break;
            case ConsentStatus.Expired:
                errors.Add("A new consent row cannot be recorded as expired; expiry follows from valid-until.");
                break;
            default:
                errors.Add("Unknown consent status " + (int)record.Status + ": record Granted or Withdrawn.");
                break;
        }

        return ConsentCheckResult.Of(errors);
    }

    private static void ValidateGrant(ConsentRecord record, List<string> errors)
    {
        // A consent must be specific (GDPR Art. 4(11)) and, for electronic marketing, given per channel.
        if (record.Purpose == null)
            errors.Add("A consent must name its purpose; only a withdrawal may cover every purpose.");
        if (record.Channel == null)
            errors.Add("A consent must name its channel; only a withdrawal may cover every channel.");

        if (string.IsNullOrWhiteSpace(record.Evidence) && string.IsNullOrWhiteSpace(record.StatementVersion))
            errors.Add("A consent needs evidence: the statement text the person agreed to or its version.");

        switch (record.LawfulBasis)
        {
            case null:
                errors.Add("A consent row needs its lawful basis.");
                break;
            case LawfulBasis.LegitimateInterest:
                errors.Add("Legitimate interest is not recorded in the consent ledger: it follows from the graduation date "
                    + "and lapses by itself. Record a consent, or nothing.");
                break;
            case LawfulBasis.Consent:
            case LawfulBasis.Contract:
            case LawfulBasis.LegalObligation:
            case LawfulBasis.PublicTask:
            case LawfulBasis.VitalInterest:
                break;
            default:
                errors.Add("Unknown lawful basis " + (int)record.LawfulBasis.Value + ".");
                break;
        }

        // An import may bring historical, already lapsed consents as evidence; anyone else recording a
        // grant that has already ended is almost certainly a typing error.
        if (record.Source != ConsentSource.Import && record.ValidUntil is { } until && until <= record.RecordedOn)
            errors.Add("Valid-until " + DateText.Day(until) + " has already passed; the consent would never count.");
    }

    private static void ValidateWithdrawal(ConsentRecord record, List<string> errors)
    {
        // A withdrawal needs no statement: the person may say "stop" in any words, on any channel.
        // It lasts until a later consent is recorded, so it has no end date.
        if (record.ValidUntil != null)
            errors.Add("A withdrawal has no valid-until: it lasts until the person gives a new consent.");
    }
}
