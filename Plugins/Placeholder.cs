namespace AlumniCrm.Plugins;

internal static class Placeholder { }
