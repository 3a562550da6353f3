using System;

namespace AlumniCrm.Domain.Consent;

/// <summary>A marketing list (<c>list</c>) with the purpose and channel it is used for
/// (<c>alm_purpose</c>, <c>alm_channel</c>).</summary>
public sealed record MarketingListFacts
{
    public Guid ListId { get; init; }
    public string Name { get; init; } = "";
    public ConsentPurpose? Purpose { get; init; }
    public ContactChannel? Channel { get; init; }
}
