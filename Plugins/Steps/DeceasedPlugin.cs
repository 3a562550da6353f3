using AlumniCrm.Plugins.Services.Consent;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// A person marked deceased: pre-operation Create puts every do-not flag into the new row (import);
/// post-operation Update of <c>alm_isdeceased</c>/<c>alm_deceasedon</c> sets the flags and ends active
/// memberships with reason Deceased — or, when the marking is cleared, recomputes the flags from the
/// ledger. Writes as SYSTEM; the flag update is outside the step's filtering attributes, so no loop.
/// </summary>
public sealed class DeceasedPlugin : PluginBase
{
    /// <summary>Post-image of the Update step (<see cref="ContactFactsReader.Columns"/>).</summary>
    public const string PersonImage = "person";

    protected override void ExecuteStep(StepContext step)
    {
        if (step.Context.MessageName == "Create")
        {
            if (step.Target is { } target) DeceasedMarking.Creating(step.SystemService, target, step.UtcNow);
            return;
        }
        var person = step.PostImage(PersonImage)
            ?? throw new InvalidPluginExecutionException($"{nameof(DeceasedPlugin)}: the Update step is registered without its post-image '{PersonImage}'.");
        DeceasedMarking.Changed(step.SystemService, person, step.UtcNow, step.Tracing);
    }
}
