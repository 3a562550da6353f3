using System.Collections.Generic;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>The FS identifiers, as the caller gave them, that belong to erased people.</summary>
public sealed record SuppressedIdentifiers(IReadOnlyList<string> StudentNumbers, IReadOnlyList<string> PersonNumbers);
