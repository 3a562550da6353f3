using System.Collections.Generic;

namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// Outcome of checking a configuration row. Errors block saving (the glue turns them into a
/// message the user can act on); warnings are shown but allowed.
/// </summary>
public sealed record RuleValidationResult(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>All errors in one message, one per line.</summary>
    public string ErrorMessage => string.Join("\n", Errors);
}
