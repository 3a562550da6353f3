namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>A customapi.xml as read, before its plugin type is resolved.</summary>
internal sealed record CustomApiEntry(
    string UniqueName,
    Guid? PluginTypeId,
    int BindingType,
    string? BoundEntity,
    IReadOnlyList<CustomApiParameter> RequestParameters,
    IReadOnlyList<CustomApiParameter> ResponseProperties,
    string Source);
