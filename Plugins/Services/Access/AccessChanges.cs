namespace AlumniCrm.Plugins.Services.Access;

/// <summary>How many (person, faculty team) shares were granted and revoked.</summary>
public sealed record AccessChanges(int Granted, int Revoked);
