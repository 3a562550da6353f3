using AlumniCrm.DataImport.Cli;

namespace AlumniCrm.Benchmarks.Validate;

/// <summary>The measured work: the real <c>validate</c> verb, in-process, writing its CSV report.</summary>
public static class ValidateVerbRun
{
    public static int Run(string path, string reportPath) =>
        ImporterCli.Run(["validate", path, "--report", reportPath], TextWriter.Null, TextWriter.Null);
}
