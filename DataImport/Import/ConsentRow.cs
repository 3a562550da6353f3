using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;
using AlumniCrm.Domain.Consent;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// One consent ledger row (<c>alm_consent</c>) the file asks for: a person's yes (Granted) or no
/// (Withdrawn) to a purpose on a channel, lawful basis Consent, source Import, with the statement
/// version and evidence that names the file and row, never a personal value.
/// </summary>
public sealed class ConsentRow(
    string studentNumber, ConsentPurpose purpose, ContactChannel channel, bool granted, DateOnly? answeredOn, string statementVersion, string sourceColumn)
{
    /// <summary>Evidence is multiline 4000; a long file name is cut so the row always fits.</summary>
    private const int MaxFileNameInEvidence = 200;

    public string StudentNumber { get; } = studentNumber;

    public ConsentPurpose Purpose { get; } = purpose;

    public ContactChannel Channel { get; } = channel;

    public ConsentStatus Status { get; } = granted ? ConsentStatus.Granted : ConsentStatus.Withdrawn;

    /// <summary>The day the answer was given; null when the file does not say (the row then counts from the import day).</summary>
    public DateOnly? AnsweredOn { get; } = answeredOn;

    public string StatementVersion { get; } = statementVersion;

    public string SourceColumn { get; } = sourceColumn;

    /// <summary>The file rows that gave this answer (a person with two programmes has two rows); the first is named in the evidence.</summary>
    public List<int> FileRows { get; } = [];

    /// <summary>Whether the environment already holds this answer (then it is not written again).</summary>
    public bool AlreadyRecorded { get; set; }

    /// <summary>
    /// What makes two answers the same statement: person, purpose, channel, status, version and day.
    /// An undated answer matches whatever its recorded valid-from (the import day of an earlier run).
    /// </summary>
    public string Key => string.Join('|', StudentNumber.ToUpperInvariant(), (int)Purpose, (int)Channel, (int)Status, StatementVersion,
        AnsweredOn is { } day ? ODataText.Date(day) : "undated");

    /// <summary>
    /// A primary key derived from <see cref="Key"/>: if an answer to a create is lost and the request is
    /// sent again, the second attempt meets the first row instead of recording the answer twice.
    /// </summary>
    public Guid Id
    {
        get
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes("alm_consent import|" + Key));
            var bytes = hash.AsSpan(0, 16).ToArray();
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5 style (name-based)
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
            return new Guid(bytes);
        }
    }

    /// <summary>Valid-from: the answer day, or the import day when the file gives no date (both at 00:00 UTC, as date-only facts).</summary>
    public DateTime ValidFrom(DateOnly importDay) => (AnsweredOn ?? importDay).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>Whether a ledger row read from the environment records this answer.</summary>
    public bool IsRecordedBy(RecordedConsent recorded) =>
        recorded.Purpose == Purpose && recorded.Channel == Channel && recorded.Status == Status
        && string.Equals(recorded.StatementVersion, StatementVersion, StringComparison.Ordinal)
        && (AnsweredOn is not { } day || recorded.ValidFromDay == day);

    public string Evidence(string fileName)
    {
        var name = fileName.Length <= MaxFileNameInEvidence ? fileName : fileName[..MaxFileNameInEvidence] + "…";
        var when = AnsweredOn is { } day ? "answered " + ODataText.Date(day) : "no answer date in the file: valid from the import day";
        return string.Create(CultureInfo.InvariantCulture,
            $"FS import: answer in file '{name}', row {FileRows[0]}, column '{SourceColumn}' (consent statement {StatementVersion}, {when}).");
    }

    /// <summary>The create body: choices as their option values, the person bound by id.</summary>
    public JsonObject ToCreateBody(string fileName, DateOnly importDay, string contactId) => new()
    {
        [Tables.Consent.PrimaryId] = Id.ToString(),
        ["alm_purpose"] = (int)Purpose,
        ["alm_channel"] = (int)Channel,
        ["alm_consentstatus"] = (int)Status,
        ["alm_lawfulbasis"] = (int)LawfulBasis.Consent,
        ["alm_source"] = (int)ConsentSource.Import,
        ["alm_validfrom"] = ValidFrom(importDay).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["alm_statementversion"] = StatementVersion,
        ["alm_evidence"] = Evidence(fileName),
        ["alm_contactid@odata.bind"] = $"/{Tables.Contact.EntitySet}({contactId})",
    };
}
