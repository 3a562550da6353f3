namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>
/// A custom API: a message whose main operation (stage 30) is its plugin type.
/// BindingType 0 global, 1 entity (the Target parameter is the bound row), 2 entity collection.
/// </summary>
public sealed record CustomApiRegistration(
    string UniqueName,
    PluginTypeRegistration? PluginType,
    int BindingType = 0,
    string? BoundEntity = null,
    IReadOnlyList<CustomApiParameter>? RequestParameters = null,
    IReadOnlyList<CustomApiParameter>? ResponseProperties = null);
