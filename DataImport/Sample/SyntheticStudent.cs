namespace AlumniCrm.DataImport.Sample;

/// <summary>A made-up graduate, before formatting.</summary>
internal sealed record SyntheticStudent
{
    public required string StudentNumber { get; init; }

    public required string PersonNumber { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required bool IsFemale { get; init; }

    public required string Email { get; init; }

    public required string Mobile { get; init; }

    public required SampleProgramme Programme { get; init; }

    public required string Status { get; init; }

    public required DateOnly? AwardedOn { get; init; }

    public required int Year { get; init; }

    public required string Term { get; init; }

    public required bool IsDeceased { get; init; }

    public string? NationalIdentityNumber { get; init; }

    /// <summary>Answers to the registration survey's consent questions, when the sample has consent columns.</summary>
    public SampleConsentAnswers? Consent { get; init; }

    /// <summary>The data row the student was first written on.</summary>
    public int RowNumber { get; set; }
}
