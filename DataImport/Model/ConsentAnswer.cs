using AlumniCrm.Domain.Consent;

namespace AlumniCrm.DataImport.Model;

/// <summary>
/// A graduate's yes or no to one purpose on one channel, as the file gives it. The import hands it to
/// the consent ledger (<c>alm_consent</c>, source Import), where the Domain's rules decide what it means.
/// </summary>
/// <param name="Purpose">What the answer is about (newsletter, events, …).</param>
/// <param name="Channel">How the person may be contacted for it.</param>
/// <param name="Granted">Yes (a grant) or no (a withdrawal).</param>
/// <param name="SourceColumn">The file's column name, for the evidence text (never a value).</param>
public sealed record ConsentAnswer(ConsentPurpose Purpose, ContactChannel Channel, bool Granted, string SourceColumn);
