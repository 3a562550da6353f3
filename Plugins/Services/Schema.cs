namespace AlumniCrm.Plugins.Services;

// Logical names of the tables and columns in docs/data-model.md, in one place. The glue refers to
// Dataverse only through these constants, so a rename is a one-line change and a typo a compile error.
public static class Schema
{
    public static class Contact
    {
        public const string Table = "contact";
        public const string Id = "contactid";
        public const string FirstName = "firstname";
        public const string LastName = "lastname";
        public const string FullName = "fullname";
        public const string Email = "emailaddress1";
        public const string MobilePhone = "mobilephone";
        public const string BirthDate = "birthdate";
        public const string Gender = "gendercode";
        public const string DoNotBulkEmail = "donotbulkemail";
        public const string DoNotEmail = "donotemail";
        public const string DoNotPhone = "donotphone";
        public const string DoNotPostalMail = "donotpostalmail";
        public const string DoNotSendMarketingMaterial = "donotsendmm";
        public const string FsStudentNumber = "alm_fsstudentnumber";
        public const string FsPersonNumber = "alm_fspersonnumber";
        public const string AlumniStatus = "alm_alumnistatus";
        public const string AlumniStatusReason = "alm_alumnistatusreason";
        public const string AlumniDefinitionId = "alm_alumnidefinitionid";
        public const string QualifyingQualificationId = "alm_qualifyingqualificationid";
        public const string AlumniStatusDecidedOn = "alm_alumnistatusdecidedon";
        public const string FirstGraduationDate = "alm_firstgraduationdate";
        public const string LatestGraduationDate = "alm_latestgraduationdate";
        public const string Employer = "alm_employer";
        public const string Industry = "alm_industry";
        public const string CountryOfResidence = "alm_countryofresidence";
        public const string IsDeceased = "alm_isdeceased";
        public const string DeceasedOn = "alm_deceasedon";
        public const string IsStaff = "alm_isstaff";
        public const string RegistrationSource = "alm_registrationsource";
        public const string PreregisteredOn = "alm_preregisteredon";
        public const string FlagsRecomputeOn = "alm_flagsrecomputeon";
        public const string KeyFsStudentNumber = "alm_contact_fsstudentnumber";
        public const string KeyFsPersonNumber = "alm_contact_fspersonnumber";
    }

    public static class Faculty
    {
        public const string Table = "alm_faculty";
        public const string Id = "alm_facultyid";
        public const string Name = "alm_name";
        public const string Code = "alm_code";
        public const string BusinessUnitId = "alm_businessunitid";
        public const string AlumniTeamId = "alm_alumniteamid";
        public const string KeyCode = "alm_faculty_code";
    }

    public static class Institute
    {
        public const string Table = "alm_institute";
        public const string Id = "alm_instituteid";
        public const string Name = "alm_name";
        public const string Code = "alm_code";
        public const string FacultyId = "alm_facultyid";
        public const string KeyCode = "alm_institute_code";
    }

    public static class StudyProgramme
    {
        public const string Table = "alm_studyprogramme";
        public const string Id = "alm_studyprogrammeid";
        public const string Name = "alm_name";
        public const string Code = "alm_code";
        public const string FacultyId = "alm_facultyid";
        public const string InstituteId = "alm_instituteid";
        public const string DegreeLevel = "alm_degreelevel";
        public const string FsStudyLevelCode = "alm_fsstudylevelcode";
        public const string KeyCode = "alm_studyprogramme_code";
    }

    public static class Qualification
    {
        public const string Table = "alm_qualification";
        public const string Id = "alm_qualificationid";
        public const string Name = "alm_name";
        public const string ContactId = "alm_contactid";
        public const string StudyProgrammeId = "alm_studyprogrammeid";
        public const string DegreeLevel = "alm_degreelevel";
        public const string AwardedOn = "alm_awardedon";
        public const string Credits = "alm_credits";
        public const string FsStatus = "alm_fsstatus";
        public const string IsCompleted = "alm_iscompleted";
        public const string Term = "alm_term";
        public const string Source = "alm_source";
        public const string SourceKey = "alm_sourcekey";
        public const string KeySourceKey = "alm_qualification_sourcekey";
    }

    public static class AlumniDefinition
    {
        public const string Table = "alm_alumnidefinition";
        public const string Id = "alm_alumnidefinitionid";
        public const string Name = "alm_name";
        public const string IsActive = "alm_isactive";
        public const string RequiresCompletedDegree = "alm_requirescompleteddegree";
        public const string MinimumCredits = "alm_minimumcredits";
        public const string IncludedLevels = "alm_includedlevels";
        public const string IncludeExchange = "alm_includeexchange";
        public const string IncludeContinuingEducation = "alm_includecontinuingeducation";
        public const string IncludeStaff = "alm_includestaff";
        public const string AllowStudentPreregistration = "alm_allowstudentpreregistration";
        public const string LegitimateInterestYears = "alm_legitimateinterestyears";
        public const string CareerServicesYears = "alm_careerservicesyears";
        public const string PotentialMemberBase = "alm_potentialmemberbase";
        public const string MembershipTargetPercent = "alm_membershiptargetpercent";
        public const string MembershipTarget = "alm_membershiptarget";
        public const string MemberCount = "alm_membercount";
        public const string MemberCountedOn = "alm_membercountedon";
    }

    public static class Network
    {
        public const string Table = "alm_network";
        public const string Id = "alm_networkid";
        public const string Name = "alm_name";
        public const string Level = "alm_level";
        public const string FacultyId = "alm_facultyid";
        public const string InstituteId = "alm_instituteid";
        public const string LinkedInUrl = "alm_linkedinurl";
        public const string FacebookUrl = "alm_facebookurl";
        public const string WebsiteUrl = "alm_websiteurl";
        public const string Email = "alm_email";
        public const string ContactPersonId = "alm_contactpersonid";
        public const string Board = "alm_board";
        public const string Status = "alm_networkstatus";
        public const string AutoEnrol = "alm_autoenrol";
        public const string RuleFacultyId = "alm_rulefacultyid";
        public const string RuleInstituteId = "alm_ruleinstituteid";
        public const string RuleLevels = "alm_rulelevels";
        public const string RuleMinimumCredits = "alm_ruleminimumcredits";
        public const string RuleGraduatedWithinYears = "alm_rulegraduatedwithinyears";
        public const string RuleIncludeStudents = "alm_ruleincludestudents";
        public const string BackfillStatus = "alm_backfillstatus";
        public const string BackfillPagingCookie = "alm_backfillpagingcookie";
        public const string BackfillProcessed = "alm_backfillprocessed";
        public const string BackfillEnrolled = "alm_backfillenrolled";
        public const string RuleChangedOn = "alm_rulechangedon";
        public const string ProgrammesChangedOn = "alm_programmeschangedon";
        public const string OwnerId = "ownerid";
    }

    public static class NetworkProgramme
    {
        public const string Relationship = "alm_network_studyprogramme";
        public const string IntersectTable = "alm_network_studyprogramme";
        public const string NetworkId = "alm_networkid";
        public const string StudyProgrammeId = "alm_studyprogrammeid";
    }

    public static class Membership
    {
        public const string Table = "alm_networkmembership";
        public const string Id = "alm_networkmembershipid";
        public const string Name = "alm_name";
        public const string ContactId = "alm_contactid";
        public const string NetworkId = "alm_networkid";
        public const string Status = "alm_membershipstatus";
        public const string Source = "alm_membershipsource";
        public const string LeaveReason = "alm_leavereason";
        public const string JoinedOn = "alm_joinedon";
        public const string LeftOn = "alm_lefton";
        public const string LeaveComment = "alm_leavecomment";
        public const string OwnerId = "ownerid";
        public const string KeyPersonNetwork = "alm_networkmembership_person_network";
    }

    public static class Engagement
    {
        public const string Table = "alm_engagement";
        public const string Id = "alm_engagementid";
        public const string Name = "alm_name";
        public const string ContactId = "alm_contactid";
        public const string Type = "alm_engagementtype";
        public const string Date = "alm_date";
        public const string FacultyId = "alm_facultyid";
        public const string EstimatedValue = "alm_estimatedvalue";
        public const string Description = "alm_description";
    }

    public static class Consent
    {
        public const string Table = "alm_consent";
        public const string Id = "alm_consentid";
        public const string Name = "alm_name";
        public const string ContactId = "alm_contactid";
        public const string Purpose = "alm_purpose";
        public const string Channel = "alm_channel";
        public const string Status = "alm_consentstatus";
        public const string LawfulBasis = "alm_lawfulbasis";
        public const string ValidFrom = "alm_validfrom";
        public const string ValidUntil = "alm_validuntil";
        public const string Source = "alm_source";
        public const string Evidence = "alm_evidence";
        public const string StatementVersion = "alm_statementversion";
        public const string RecordedById = "alm_recordedbyid";
        public const string RecordedOn = "alm_recordedon";
    }

    public static class Suppression
    {
        public const string Table = "alm_suppression";
        public const string Id = "alm_suppressionid";
        public const string Name = "alm_name";
        public const string IdentifierHash = "alm_identifierhash";
        public const string ErasedOn = "alm_erasedon";
        public const string KeyIdentifierHash = "alm_suppression_identifierhash";
    }

    public static class ErasureLog
    {
        public const string Table = "alm_erasurelog";
        public const string Id = "alm_erasurelogid";
        public const string Name = "alm_name";
        public const string ErasedOn = "alm_erasedon";
        public const string ErasedById = "alm_erasedbyid";
        public const string Summary = "alm_summary";
    }

    public static class ImportRun
    {
        public const string Table = "alm_importrun";
        public const string Id = "alm_importrunid";
        public const string Name = "alm_name";
        public const string FileName = "alm_filename";
        public const string StartedOn = "alm_startedon";
        public const string FinishedOn = "alm_finishedon";
        public const string RowsRead = "alm_rowsread";
        public const string RowsCreated = "alm_rowscreated";
        public const string RowsUpdated = "alm_rowsupdated";
        public const string RowsUnchanged = "alm_rowsunchanged";
        public const string RowsFailed = "alm_rowsfailed";
        public const string Requests = "alm_requests";
        public const string Status = "alm_importstatus";
        public const string Report = "alm_report";
    }

    public static class MarketingList
    {
        public const string Table = "list";
        public const string Id = "listid";
        public const string Name = "listname";
        public const string Purpose = "alm_purpose";
        public const string Channel = "alm_channel";
        public const string MemberIntersect = "listmember";
    }

    public static class SuppressionKeyRow
    {
        public const string Table = "alm_suppressionkey";
        public const string Id = "alm_suppressionkeyid";
        public const string Name = "alm_name";
        public const string Key = "alm_key";
        public const string ActivatedOn = "alm_activatedon";
        public const string CreatedOn = "createdon";
        public const string State = "statecode";
    }
}
