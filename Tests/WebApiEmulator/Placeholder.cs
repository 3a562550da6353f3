namespace AlumniCrm.Testing.WebApi;

public static class Placeholder { }
