using AlumniCrm.DataImport.Cli;

namespace AlumniCrm.DataImport.Tests.Support;

/// <summary>Runs alumnicrm-import in-process, as the real entry point does, and keeps what it wrote.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = ImporterCli.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string AllText => Output + Error;
}
