using System;
using AlumniCrm.Domain.Consent;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using C = AlumniCrm.Plugins.Services.Schema.Consent;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>Ledger rows (<c>alm_consent</c>) to the domain's <see cref="ConsentRecord"/>.</summary>
public static class ConsentRows
{
    /// <summary>What the contactability rules read: no evidence text (secured, long, never needed to decide).</summary>
    public static readonly string[] RuleColumns =
    {
        C.ContactId, C.Purpose, C.Channel, C.Status, C.LawfulBasis, C.ValidFrom, C.ValidUntil, C.Source, C.RecordedOn,
    };

    /// <summary>Every column the append-only policy compares (the pre-image of the Update step lists exactly these).</summary>
    public static readonly string[] LedgerColumns =
    {
        C.ContactId, C.Purpose, C.Channel, C.Status, C.LawfulBasis, C.ValidFrom, C.ValidUntil, C.Source,
        C.Evidence, C.StatementVersion, C.RecordedById, C.RecordedOn,
    };

    public static ConsentRecord ToRecord(Entity row) => new()
    {
        Id = row.Id,
        PersonId = row.GetAttributeValue<EntityReference>(C.ContactId)?.Id ?? Guid.Empty,
        Purpose = ChoiceValues.Read<ConsentPurpose>(row, C.Purpose),
        Channel = ChoiceValues.Read<ContactChannel>(row, C.Channel),
        // A row without status is read as a grant, so the validator asks for a grant's evidence and basis.
        Status = ChoiceValues.Read<ConsentStatus>(row, C.Status) ?? ConsentStatus.Granted,
        LawfulBasis = ChoiceValues.Read<LawfulBasis>(row, C.LawfulBasis),
        ValidFrom = row.GetAttributeValue<DateTime?>(C.ValidFrom),
        ValidUntil = row.GetAttributeValue<DateTime?>(C.ValidUntil),
        Source = ChoiceValues.Read<ConsentSource>(row, C.Source),
        Evidence = row.GetAttributeValue<string>(C.Evidence),
        StatementVersion = row.GetAttributeValue<string>(C.StatementVersion),
        RecordedById = row.GetAttributeValue<EntityReference>(C.RecordedById)?.Id,
        RecordedOn = row.GetAttributeValue<DateTime?>(C.RecordedOn) ?? default,
    };

    /// <summary>The row as it would be after the update: the pre-image with the target's columns over it.</summary>
    public static Entity Merge(Entity preImage, Entity target)
    {
        var merged = new Entity(preImage.LogicalName, preImage.Id == Guid.Empty ? target.Id : preImage.Id);
        foreach (var attribute in preImage.Attributes) merged[attribute.Key] = attribute.Value;
        foreach (var attribute in target.Attributes) merged[attribute.Key] = attribute.Value;
        return merged;
    }
}
