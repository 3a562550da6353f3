namespace AlumniCrm.DataImport.Sample;

/// <summary>Common Norwegian first and last names (with æ, ø and å) for synthetic exports.</summary>
public static class NorwegianNames
{
    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Åse", "Bjørn", "Øystein", "Ørjan", "Håkon", "Sindre", "Ingrid", "Kjærsti", "Tor", "Siri", "Mari", "Jørgen",
        "Sølvi", "Hanne", "Ola", "Kari", "Pål", "Trond", "Stian", "Ragnhild", "Åsmund", "Gøril", "Mathias", "Emma",
        "Nora", "Jonas", "Sofie", "Ida", "Henrik", "Thea", "Magnus", "Maja", "Sander", "Ingvild", "Eirik", "Tuva",
        "Frøydis", "Kåre", "Bård", "Dag", "Marit", "Synnøve", "Torbjørn", "Solveig", "Anne-Lise", "Per Olav", "Aisha", "Ahmed",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
        "Berg", "Haugen", "Hagen", "Dahl", "Jørgensen", "Halvorsen", "Lund", "Sørensen", "Moen", "Strand", "Solberg",
        "Eide", "Bakken", "Lie", "Nygård", "Sæther", "Næss", "Ødegård", "Håland", "Østby", "Aasen", "Bråten", "Grønlie",
        "Åsheim", "Rønning", "Kvålsvoll", "Sandvik", "Myhre", "Nguyen", "Ali", "Fjær", "Løvås", "Tjøstheim", "Bø",
    ];
}
