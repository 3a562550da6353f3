using System;
using System.Collections.Generic;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// Outcome of a ledger check: no errors means allowed. The glue turns <see cref="ErrorMessage"/> into
/// the message the user sees (InvalidPluginExecutionException), so every error says what to do.
/// </summary>
public sealed record ConsentCheckResult(IReadOnlyList<string> Errors)
{
    public static ConsentCheckResult Ok { get; } = new ConsentCheckResult(Array.Empty<string>());

    public bool IsValid => Errors.Count == 0;

    /// <summary>All errors, one per line.</summary>
    public string ErrorMessage => string.Join("\n", Errors);

    public static ConsentCheckResult Of(IReadOnlyList<string> errors) => errors.Count == 0 ? Ok : new ConsentCheckResult(errors);
}
