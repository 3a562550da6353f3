using Spectre.Console;

namespace AlumniCrm.DataImport.Cli;

/// <summary>Where a verb writes: plain writers for errors, a Spectre console (tables) for the summary.</summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
        var isTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        Rich = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Rich { get; }

    /// <summary>Writes a user-facing error line to standard error.</summary>
    public void WriteError(string message) => Error.WriteLine($"error: {message}");
}
