namespace AlumniCrm.DataImport.Mapping;

/// <summary>The fields of a graduate row the importer understands, whatever the source columns are called.</summary>
public enum CanonicalField
{
    StudentNumber,
    PersonNumber,
    FirstName,
    LastName,
    BirthDate,
    Gender,
    PrivateEmail,
    MobilePhone,
    ProgrammeCode,
    ProgrammeName,
    StudyLevelCode,
    FacultyCode,
    FacultyName,
    InstituteCode,
    InstituteName,
    AwardedOn,
    Credits,
    StatusCode,
    Deceased,
    TermCode,
    Year,

    // Consent answers (docs/importer.md, "Consent answers"): the date and statement version, then one
    // field per purpose × channel, purpose by purpose in the order of Domain's ConsentPurpose and ContactChannel.
    ConsentDate,
    ConsentVersion,
    ConsentNewsletterEmail, ConsentNewsletterSms, ConsentNewsletterPhone, ConsentNewsletterPost,
    ConsentEventsEmail, ConsentEventsSms, ConsentEventsPhone, ConsentEventsPost,
    ConsentSurveysAndResearchEmail, ConsentSurveysAndResearchSms, ConsentSurveysAndResearchPhone, ConsentSurveysAndResearchPost,
    ConsentMentoringEmail, ConsentMentoringSms, ConsentMentoringPhone, ConsentMentoringPost,
    ConsentContinuingEducationOffersEmail, ConsentContinuingEducationOffersSms, ConsentContinuingEducationOffersPhone, ConsentContinuingEducationOffersPost,
    ConsentCareerServicesEmail, ConsentCareerServicesSms, ConsentCareerServicesPhone, ConsentCareerServicesPost,
    ConsentFundraisingEmail, ConsentFundraisingSms, ConsentFundraisingPhone, ConsentFundraisingPost,
    ConsentNetworkCommunicationsEmail, ConsentNetworkCommunicationsSms, ConsentNetworkCommunicationsPhone, ConsentNetworkCommunicationsPost,
}
