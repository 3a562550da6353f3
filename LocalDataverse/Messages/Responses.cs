using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>Typed responses whose Results are the operation's output (so post-operation plugins can change them).</summary>
internal static class Responses
{
    public static T With<T>(T response, string name, ParameterCollection results) where T : OrganizationResponse
    {
        response.ResponseName = name;
        response.Results = results;
        return response;
    }
}
