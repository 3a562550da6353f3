using System.Collections.Generic;

namespace AlumniCrm.Domain.Consent;

/// <summary>A person's facts with their consent ledger rows: the input for bulk questions.</summary>
public sealed record PersonConsentState(PersonContactFacts Person, IReadOnlyList<ConsentRecord> Ledger);
