using System.CommandLine;
using AlumniCrm.DataImport.Verbs.Sample;
using AlumniCrm.DataImport.Verbs.Validate;

namespace AlumniCrm.DataImport.Cli;

/// <summary>The command line of <c>alumnicrm-import</c>: parses, dispatches to a verb, maps failures to exit codes.</summary>
public static class ImporterCli
{
    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool in-process with the given writers (tests use this).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("alumnicrm-import: checks and imports FS graduate exports for AlumniCrm.");
        foreach (var verb in CreateVerbs(console))
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

    /// <summary>The verbs, in help order. plan and import (online) are added here when they exist.</summary>
    private static IEnumerable<IImporterVerb> CreateVerbs(CliConsole console) =>
    [
        new ValidateVerb(console),
        new SampleVerb(console),
    ];
}
