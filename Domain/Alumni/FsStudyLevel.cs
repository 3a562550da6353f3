using System;
using System.Collections.Generic;
using System.Globalization;

namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// Maps the study level code of an FS programme (<c>studienivakode</c>, stored as received in
/// <c>alm_fsstudylevelcode</c>) to a <see cref="DegreeLevel"/>.
/// FS exports carry two families of codes: the national programme-level codes also reported to DBH
/// (letters, e.g. B3, M2, FU), and FS's numeric level codes (900 and above = doctoral). The letter
/// codes are mapped one by one; of the numeric codes only the doctoral range is unambiguous, so the
/// rest are reported as unknown and the CRM team sets the programme's degree level by hand.
/// FS has no national level code for exchange or continuing education; those are recognised from
/// the local markers institutions use in their exports (EVU, UTV/UTVEKSLING).
/// </summary>
public static class FsStudyLevel
{
    private static readonly Dictionary<string, KeyValuePair<DegreeLevel, string>> LetterCodes =
        new Dictionary<string, KeyValuePair<DegreeLevel, string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["B3"] = Entry(DegreeLevel.Bachelor, "three-year bachelor"),
            ["B4"] = Entry(DegreeLevel.Bachelor, "four-year bachelor"),
            ["HK"] = Entry(DegreeLevel.Bachelor, "høgskolekandidat, a two-year lower degree (closest level: Bachelor)"),
            ["M2"] = Entry(DegreeLevel.Master, "two-year master"),
            ["MX"] = Entry(DegreeLevel.Master, "master of other length"),
            ["ME"] = Entry(DegreeLevel.Master, "experience-based master"),
            ["M5"] = Entry(DegreeLevel.IntegratedProfessional, "five-year integrated master"),
            ["PR"] = Entry(DegreeLevel.IntegratedProfessional, "professional programme (e.g. cand.med., cand.psychol.)"),
            ["FU"] = Entry(DegreeLevel.PhD, "doctoral programme (forskerutdanning)"),
            ["AR"] = Entry(DegreeLevel.OneYearProgramme, "one-year programme (årsstudium)"),
            ["LN"] = Entry(DegreeLevel.SingleCourse, "courses at lower level not leading to a degree"),
            ["HN"] = Entry(DegreeLevel.SingleCourse, "courses at higher level not leading to a degree"),
            ["EVU"] = Entry(DegreeLevel.ContinuingEducation, "continuing education (local marker)"),
            ["UTV"] = Entry(DegreeLevel.Exchange, "exchange (local marker)"),
            ["UTVEKSLING"] = Entry(DegreeLevel.Exchange, "exchange (local marker)"),
        };

    /// <summary>The codes this mapper recognises by name (for documentation and the importer's help).</summary>
    public static IEnumerable<string> KnownLetterCodes => LetterCodes.Keys;

    public static FsStudyLevelMapping Map(string? code)
    {
        var trimmed = (code ?? "").Trim();
        if (trimmed.Length == 0)
            return new FsStudyLevelMapping(trimmed, null, "No FS study level code: unknown level; set the programme's degree level by hand.");

        if (LetterCodes.TryGetValue(trimmed, out var entry))
            return new FsStudyLevelMapping(trimmed, entry.Key,
                "FS study level " + trimmed.ToUpperInvariant() + " (" + entry.Value + ") → " + DegreeLevelText.Describe(entry.Key) + ".");

        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric))
        {
            if (numeric >= 900 && numeric <= 999)
                return new FsStudyLevelMapping(trimmed, DegreeLevel.PhD,
                    "FS numeric study level " + numeric + " (doctoral range 900–999) → PhD.");
            return new FsStudyLevelMapping(trimmed, null,
                "FS numeric study level " + numeric + " does not identify a degree level by itself: unknown level; set the programme's degree level by hand.");
        }

        return new FsStudyLevelMapping(trimmed, null,
            "Unknown FS study level code '" + trimmed + "': unknown level; set the programme's degree level by hand.");
    }

    private static KeyValuePair<DegreeLevel, string> Entry(DegreeLevel level, string meaning) =>
        new KeyValuePair<DegreeLevel, string>(level, meaning);
}
