using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Consent;

namespace AlumniCrm.Plugins.Services.Entitlements;

/// <summary>A person's alumni status as the rules decide it now, and what it entitles them to at the as-of date.</summary>
/// <param name="Status">The same decision the plugins store on the contact (status, reason, graduation dates).</param>
/// <param name="Entitlements">Years since the latest graduation, career services and legitimate-interest windows.</param>
public sealed record PersonEntitlements(AlumniStatusDecision Status, AlumniEntitlements Entitlements);
