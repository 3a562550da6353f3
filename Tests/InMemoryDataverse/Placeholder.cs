namespace AlumniCrm.Testing.InMemoryDataverse;

public static class Placeholder { }
