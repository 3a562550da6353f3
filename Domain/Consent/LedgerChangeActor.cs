namespace AlumniCrm.Domain.Consent;

/// <summary>Who attempts a change to an existing ledger row. The glue knows it from the plugin context
/// (the calling user vs. the application user that runs the expiry job).</summary>
public enum LedgerChangeActor
{
    User,
    System,
}
