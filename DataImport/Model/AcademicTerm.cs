namespace AlumniCrm.DataImport.Model;

/// <summary>An FS term: <c>arstall</c> with an optional <c>terminkode</c>, written as in <c>alm_term</c> ("2023 VÅR").</summary>
public readonly record struct AcademicTerm(int Year, TermSeason? Season)
{
    public const string SpringCode = "VÅR";
    public const string AutumnCode = "HØST";

    public override string ToString() => Season switch
    {
        TermSeason.Spring => $"{Year} {SpringCode}",
        TermSeason.Autumn => $"{Year} {AutumnCode}",
        _ => Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
