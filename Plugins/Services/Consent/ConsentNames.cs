using AlumniCrm.Domain.Common;
using AlumniCrm.Domain.Consent;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>The primary name of a ledger row, composed from what it says, so views read as a ledger.</summary>
public static class ConsentNames
{
    /// <summary>"Granted: the newsletter on e-mail, from 2025-01-15 (consent)". Never names the person.</summary>
    public static string Compose(ConsentRecord record)
    {
        var status = record.Status switch
        {
            ConsentStatus.Granted => "Granted",
            ConsentStatus.Withdrawn => "Withdrawn",
            ConsentStatus.Expired => "Expired",
            _ => "Status " + (int)record.Status,
        };
        var basis = record.LawfulBasis is { } known ? " (" + ConsentText.Basis(known) + ")" : "";
        return status + ": " + ConsentText.Purpose(record.Purpose) + " on " + ConsentText.Channel(record.Channel)
            + ", from " + DateText.Day(record.EffectiveFrom) + basis;
    }
}
