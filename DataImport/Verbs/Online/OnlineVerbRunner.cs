using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Connection;
using AlumniCrm.DataImport.Import;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.WebApi;
using Microsoft.Identity.Client;

namespace AlumniCrm.DataImport.Verbs.Online;

/// <summary>
/// Connects (sign-in and WhoAmI), runs an online verb and turns every expected failure into a clear
/// message and its exit code — never a stack trace, never a secret.
/// </summary>
public sealed class OnlineVerbRunner(CliConsole console, OnlineServices services)
{
    public int Run(string? environmentUrl, Func<DataverseWebApiClient, CancellationToken, Task<int>> work)
    {
        try
        {
            var settings = ConnectionResolver.Resolve(environmentUrl, null, services.EnvironmentVariable);
            var client = services.Connect(settings, console);
            return RunAsync(client, work).GetAwaiter().GetResult();
        }
        catch (ConnectionStringException exception)
        {
            console.WriteError(exception.Message);
            return ExitCodes.UsageError;
        }
        catch (InputUnreadableException exception)
        {
            console.WriteError(exception.Message);
            return ExitCodes.InputUnreadable;
        }
        catch (JournalMismatchException exception)
        {
            console.WriteError(exception.Message);
            return ExitCodes.UsageError;
        }
        catch (EnvironmentNotReadyException exception)
        {
            console.WriteError(exception.Message);
            return ExitCodes.EnvironmentNotReady;
        }
        catch (MsalException exception)
        {
            console.WriteError($"Signing in failed ({exception.ErrorCode}). Check the client id, tenant and secret or certificate.");
            return ExitCodes.CouldNotConnect;
        }
        catch (WebApiException exception) when (exception.IsUnavailable || exception.IsAuthorisationFailure)
        {
            console.WriteError($"The environment could not be used: {exception.Message}");
            return ExitCodes.CouldNotConnect;
        }
        catch (WebApiException exception)
        {
            console.WriteError($"The environment refused a request ({exception.StatusCode}{(exception.ErrorCode is null ? string.Empty : " " + exception.ErrorCode)}): {exception.Message}");
            return ExitCodes.CouldNotConnect;
        }
        catch (OperationCanceledException)
        {
            console.WriteError("Interrupted. Committed batches are in the journal next to the file: run the same command with --resume to finish.");
            return ExitCodes.Interrupted;
        }
    }

    private async Task<int> RunAsync(DataverseWebApiClient client, Func<DataverseWebApiClient, CancellationToken, Task<int>> work)
    {
        await EnvironmentIdentity.WhoAmIAsync(client, services.Cancellation).ConfigureAwait(false);
        return await work(client, services.Cancellation).ConfigureAwait(false);
    }
}
