using System;

namespace AlumniCrm.Plugins.Services;

/// <summary>
/// A business rule refused the operation. The message is shown to the user as it is, so it must say
/// who, what and why in plain words.
/// </summary>
public sealed class RuleViolationException : Exception
{
    public RuleViolationException(string message) : base(message) { }
}
