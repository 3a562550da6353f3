using AlumniCrm.DataImport.Connection;

namespace AlumniCrm.DataImport.Tests.Online;

/// <summary>Gives a fixed token instead of signing in; counts how often it was asked.</summary>
public sealed class FakeTokenProvider(string token) : ITokenProvider
{
    private int calls;

    public int Calls => calls;

    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return Task.FromResult(token);
    }
}
