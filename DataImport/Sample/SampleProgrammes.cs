namespace AlumniCrm.DataImport.Sample;

/// <summary>
/// Programmes of four faculties modelled on USN, including the pilot programmes (shipping and
/// logistics, economics and management, optometry, primary school teacher education). Codes and
/// numbers are made up in FS style.
/// </summary>
public static class SampleProgrammes
{
    private const string Tnm = "Fakultet for teknologi, naturvitenskap og maritime fag";
    private const string Hh = "Handelshøyskolen";
    private const string Hs = "Fakultet for helse- og sosialvitenskap";
    private const string Hiu = "Fakultet for humaniora, idretts- og utdanningsvitenskap";

    public static IReadOnlyList<SampleProgramme> All { get; } =
    [
        new("BSHIPLOG", "Bachelor i shipping og logistikk", "B3", 180m, "210", Tnm, "30", "Institutt for maritime operasjoner"),
        new("MAUT-IT", "Master i automatisering og IT", "M2", 120m, "210", Tnm, "10", "Institutt for elektro, IT og kybernetikk"),
        new("BIELEKTRO", "Bachelor i ingeniørfag - elektro", "B3", 180m, "210", Tnm, "10", "Institutt for elektro, IT og kybernetikk"),
        new("BØK", "Bachelor i økonomi og administrasjon", "B3", 180m, "220", Hh, "20", "Institutt for økonomi og IT"),
        new("MSØK", "Master i økonomi og ledelse", "M2", 120m, "220", Hh, "20", "Institutt for økonomi og IT"),
        new("ÅRSV-GOV", "Årsstudium i offentlig styring", "AR", 60m, "220", Hh, "40", "Institutt for business, strategi og statsvitenskap"),
        new("BOPT", "Bachelor i optometri", "B3", 180m, "230", Hs, "30", "Institutt for optometri, radiografi og lysdesign"),
        new("BSPL", "Bachelor i sykepleie", "B3", 180m, "230", Hs, "10", "Institutt for sykepleie- og helsevitenskap"),
        new("MKLIN-OPT", "Master i klinisk optometri", "M2", 120m, "230", Hs, "30", "Institutt for optometri, radiografi og lysdesign"),
        new("GLU1-7", "Grunnskolelærerutdanning 1.–7. trinn", "M5", 300m, "240", Hiu, "50", "Institutt for pedagogikk"),
        new("GLU5-10", "Grunnskolelærerutdanning 5.–10. trinn", "M5", 300m, "240", Hiu, "50", "Institutt for pedagogikk"),
        new("EVU-VEIL", "Videreutdanning i veiledning", "EVU", 30m, "240", Hiu, "50", "Institutt for pedagogikk"),
    ];
}
