using System.Text.Json.Nodes;

namespace AlumniCrm.DataImport.WebApi;

/// <summary>One request inside a <c>$batch</c>: method, URL relative to the service root, optional JSON body.</summary>
public sealed record BatchOperation(string Method, string RelativeUrl, JsonNode? Body);
