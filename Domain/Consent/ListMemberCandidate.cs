using System.Collections.Generic;

namespace AlumniCrm.Domain.Consent;

/// <summary>A person about to be added to a marketing list, with the name the glue shows for them.</summary>
public sealed record ListMemberCandidate(string DisplayName, PersonContactFacts Person, IReadOnlyList<ConsentRecord> Ledger);
