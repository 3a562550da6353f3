using System;
using AlumniCrm.Domain.Consent;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>A contact as the consent rules see it: display name, facts and current do-not flags.</summary>
public sealed record PersonSnapshot(Guid Id, string DisplayName, PersonContactFacts Facts, ContactFlags Flags, DateTime? FlagsRecomputeOn = null);
