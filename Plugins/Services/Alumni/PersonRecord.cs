using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Plugins.Services.Alumni;

/// <summary>One contact as read for the rules: its facts, its stored status and its name (for membership names and messages).</summary>
public sealed record PersonRecord(PersonFacts Facts, StoredAlumniStatus Stored, string Name);
