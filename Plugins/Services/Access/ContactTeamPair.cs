using System;

namespace AlumniCrm.Plugins.Services.Access;

/// <summary>A person and a faculty's alumni team: the unit of sharing.</summary>
public sealed record ContactTeamPair(Guid ContactId, Guid TeamId);
