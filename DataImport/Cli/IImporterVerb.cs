using System.CommandLine;

namespace AlumniCrm.DataImport.Cli;

/// <summary>
/// A verb of <c>alumnicrm-import</c>. Each verb lives in its own folder under <c>Verbs/</c> and is
/// listed in <see cref="ImporterCli"/>; the online verbs (plan, import) plug in the same way.
/// </summary>
public interface IImporterVerb
{
    /// <summary>The command with its arguments, options and action; the action returns an <see cref="ExitCodes"/> value.</summary>
    Command CreateCommand();
}
