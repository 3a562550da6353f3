namespace AlumniCrm.WorkflowActivities;

internal static class Placeholder { }
