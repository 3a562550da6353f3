using System.CommandLine;
using AlumniCrm.DataImport.Connection;
using AlumniCrm.DataImport.Verbs.Deploy;
using AlumniCrm.DataImport.Verbs.Import;
using AlumniCrm.DataImport.Verbs.Plan;
using AlumniCrm.DataImport.Verbs.Sample;
using AlumniCrm.DataImport.Verbs.Validate;

namespace AlumniCrm.DataImport.Cli;

/// <summary>The command line of <c>alumnicrm-import</c>: parses, dispatches to a verb, maps failures to exit codes.</summary>
public static class ImporterCli
{
    public static int Run(string[] args)
    {
        // Ctrl+C stops an import cleanly: committed batches stay in the journal for --resume.
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return Run(args, Console.Out, Console.Error, new OnlineServices { Cancellation = cancellation.Token });
    }

    /// <summary>Runs the tool in-process with the given writers (tests use this).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, new OnlineServices());

    /// <summary>Runs the tool in-process with the given writers and online services (tests inject the emulator and a fake token provider).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, OnlineServices online)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("alumnicrm-import: checks and imports FS graduate exports for AlumniCrm.");
        foreach (var verb in CreateVerbs(console, online))
        {
            root.Subcommands.Add(verb.CreateCommand());
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                console.WriteError(parseError.Message);
            }

            console.Error.WriteLine("Run 'alumnicrm-import --help' (or '<verb> --help') for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception)
        {
            // A bug, not a user mistake: say so plainly; no stack trace and no values from the input.
            console.WriteError($"internal error ({exception.GetType().Name}). Please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The verbs, in help order.</summary>
    private static IEnumerable<IImporterVerb> CreateVerbs(CliConsole console, OnlineServices online) =>
    [
        new ValidateVerb(console),
        new PlanVerb(console, online),
        new ImportVerb(console, online),
        new DeployVerb(console, online),
        new SampleVerb(console),
    ];
}
