using AlumniCrm.Domain.Consent;

namespace AlumniCrm.DataImport.Mapping;

/// <summary>One consent answer column: the canonical field and the purpose and channel it answers for.</summary>
public sealed record ConsentAnswerField(CanonicalField Field, ConsentPurpose Purpose, ContactChannel Channel);

/// <summary>The 32 answer fields (every purpose × channel), in the order they are declared in <see cref="CanonicalField"/>.</summary>
public static class ConsentAnswerFields
{
    // Found by name (Consent + purpose + channel), so a purpose added to the Domain without its field fails at start-up and in tests.
    public static IReadOnlyList<ConsentAnswerField> All { get; } =
        (from purpose in Enum.GetValues<ConsentPurpose>()
         from channel in Enum.GetValues<ContactChannel>()
         select new ConsentAnswerField(Enum.Parse<CanonicalField>($"Consent{purpose}{channel}"), purpose, channel)).ToList();

    private static readonly Dictionary<CanonicalField, ConsentAnswerField> ByField = All.ToDictionary(answer => answer.Field);

    public static bool TryGet(CanonicalField field, out ConsentAnswerField answer) => ByField.TryGetValue(field, out answer!);
}
