using AlumniCrm.Contract;

namespace AlumniCrm.Plugins.Services;

// Readable names for the glue, each taken from the schema contract generated from Solution/ at build
// time (Contract/): no table, column, key or relationship name is written here as text, so a name the
// solution does not have is a compile error (docs/architecture.md, "The schema contract").
public static class Schema
{
    public static class Contact
    {
        public const string Table = Tables.contact.LogicalName;
        public const string Id = Tables.contact.Columns.contactid;
        public const string FirstName = Tables.contact.Columns.firstname;
        public const string LastName = Tables.contact.Columns.lastname;
        public const string FullName = Tables.contact.Columns.fullname;
        public const string Email = Tables.contact.Columns.emailaddress1;
        public const string MobilePhone = Tables.contact.Columns.mobilephone;
        public const string BirthDate = Tables.contact.Columns.birthdate;
        public const string Gender = Tables.contact.Columns.gendercode;
        public const string DoNotBulkEmail = Tables.contact.Columns.donotbulkemail;
        public const string DoNotEmail = Tables.contact.Columns.donotemail;
        public const string DoNotPhone = Tables.contact.Columns.donotphone;
        public const string DoNotPostalMail = Tables.contact.Columns.donotpostalmail;
        public const string DoNotSendMarketingMaterial = Tables.contact.Columns.donotsendmm;
        public const string FsStudentNumber = Tables.contact.Columns.alm_fsstudentnumber;
        public const string FsPersonNumber = Tables.contact.Columns.alm_fspersonnumber;
        public const string AlumniStatus = Tables.contact.Columns.alm_alumnistatus;
        public const string AlumniStatusReason = Tables.contact.Columns.alm_alumnistatusreason;
        public const string AlumniDefinitionId = Tables.contact.Columns.alm_alumnidefinitionid;
        public const string QualifyingQualificationId = Tables.contact.Columns.alm_qualifyingqualificationid;
        public const string AlumniStatusDecidedOn = Tables.contact.Columns.alm_alumnistatusdecidedon;
        public const string FirstGraduationDate = Tables.contact.Columns.alm_firstgraduationdate;
        public const string LatestGraduationDate = Tables.contact.Columns.alm_latestgraduationdate;
        public const string Employer = Tables.contact.Columns.alm_employer;
        public const string Industry = Tables.contact.Columns.alm_industry;
        public const string CountryOfResidence = Tables.contact.Columns.alm_countryofresidence;
        public const string IsDeceased = Tables.contact.Columns.alm_isdeceased;
        public const string DeceasedOn = Tables.contact.Columns.alm_deceasedon;
        public const string IsStaff = Tables.contact.Columns.alm_isstaff;
        public const string RegistrationSource = Tables.contact.Columns.alm_registrationsource;
        public const string PreregisteredOn = Tables.contact.Columns.alm_preregisteredon;
        public const string FlagsRecomputeOn = Tables.contact.Columns.alm_flagsrecomputeon;
        public const string KeyFsStudentNumber = Tables.contact.Keys.alm_contact_fsstudentnumber;
        public const string KeyFsPersonNumber = Tables.contact.Keys.alm_contact_fspersonnumber;
    }

    public static class Faculty
    {
        public const string Table = Tables.alm_faculty.LogicalName;
        public const string Id = Tables.alm_faculty.Columns.alm_facultyid;
        public const string Name = Tables.alm_faculty.Columns.alm_name;
        public const string Code = Tables.alm_faculty.Columns.alm_code;
        public const string BusinessUnitId = Tables.alm_faculty.Columns.alm_businessunitid;
        public const string AlumniTeamId = Tables.alm_faculty.Columns.alm_alumniteamid;
        public const string KeyCode = Tables.alm_faculty.Keys.alm_faculty_code;
    }

    public static class Institute
    {
        public const string Table = Tables.alm_institute.LogicalName;
        public const string Id = Tables.alm_institute.Columns.alm_instituteid;
        public const string Name = Tables.alm_institute.Columns.alm_name;
        public const string Code = Tables.alm_institute.Columns.alm_code;
        public const string FacultyId = Tables.alm_institute.Columns.alm_facultyid;
        public const string KeyCode = Tables.alm_institute.Keys.alm_institute_code;
    }

    public static class StudyProgramme
    {
        public const string Table = Tables.alm_studyprogramme.LogicalName;
        public const string Id = Tables.alm_studyprogramme.Columns.alm_studyprogrammeid;
        public const string Name = Tables.alm_studyprogramme.Columns.alm_name;
        public const string Code = Tables.alm_studyprogramme.Columns.alm_code;
        public const string FacultyId = Tables.alm_studyprogramme.Columns.alm_facultyid;
        public const string InstituteId = Tables.alm_studyprogramme.Columns.alm_instituteid;
        public const string DegreeLevel = Tables.alm_studyprogramme.Columns.alm_degreelevel;
        public const string FsStudyLevelCode = Tables.alm_studyprogramme.Columns.alm_fsstudylevelcode;
        public const string KeyCode = Tables.alm_studyprogramme.Keys.alm_studyprogramme_code;
    }

    public static class Qualification
    {
        public const string Table = Tables.alm_qualification.LogicalName;
        public const string Id = Tables.alm_qualification.Columns.alm_qualificationid;
        public const string Name = Tables.alm_qualification.Columns.alm_name;
        public const string ContactId = Tables.alm_qualification.Columns.alm_contactid;
        public const string StudyProgrammeId = Tables.alm_qualification.Columns.alm_studyprogrammeid;
        public const string DegreeLevel = Tables.alm_qualification.Columns.alm_degreelevel;
        public const string AwardedOn = Tables.alm_qualification.Columns.alm_awardedon;
        public const string Credits = Tables.alm_qualification.Columns.alm_credits;
        public const string FsStatus = Tables.alm_qualification.Columns.alm_fsstatus;
        public const string IsCompleted = Tables.alm_qualification.Columns.alm_iscompleted;
        public const string Term = Tables.alm_qualification.Columns.alm_term;
        public const string Source = Tables.alm_qualification.Columns.alm_source;
        public const string SourceKey = Tables.alm_qualification.Columns.alm_sourcekey;
        public const string KeySourceKey = Tables.alm_qualification.Keys.alm_qualification_sourcekey;
    }

    public static class AlumniDefinition
    {
        public const string Table = Tables.alm_alumnidefinition.LogicalName;
        public const string Id = Tables.alm_alumnidefinition.Columns.alm_alumnidefinitionid;
        public const string Name = Tables.alm_alumnidefinition.Columns.alm_name;
        public const string IsActive = Tables.alm_alumnidefinition.Columns.alm_isactive;
        public const string RequiresCompletedDegree = Tables.alm_alumnidefinition.Columns.alm_requirescompleteddegree;
        public const string MinimumCredits = Tables.alm_alumnidefinition.Columns.alm_minimumcredits;
        public const string IncludedLevels = Tables.alm_alumnidefinition.Columns.alm_includedlevels;
        public const string IncludeExchange = Tables.alm_alumnidefinition.Columns.alm_includeexchange;
        public const string IncludeContinuingEducation = Tables.alm_alumnidefinition.Columns.alm_includecontinuingeducation;
        public const string IncludeStaff = Tables.alm_alumnidefinition.Columns.alm_includestaff;
        public const string AllowStudentPreregistration = Tables.alm_alumnidefinition.Columns.alm_allowstudentpreregistration;
        public const string LegitimateInterestYears = Tables.alm_alumnidefinition.Columns.alm_legitimateinterestyears;
        public const string CareerServicesYears = Tables.alm_alumnidefinition.Columns.alm_careerservicesyears;
        public const string PotentialMemberBase = Tables.alm_alumnidefinition.Columns.alm_potentialmemberbase;
        public const string MembershipTargetPercent = Tables.alm_alumnidefinition.Columns.alm_membershiptargetpercent;
        public const string MembershipTarget = Tables.alm_alumnidefinition.Columns.alm_membershiptarget;
        public const string MemberCount = Tables.alm_alumnidefinition.Columns.alm_membercount;
        public const string MemberCountedOn = Tables.alm_alumnidefinition.Columns.alm_membercountedon;
    }

    public static class Network
    {
        public const string Table = Tables.alm_network.LogicalName;
        public const string Id = Tables.alm_network.Columns.alm_networkid;
        public const string Name = Tables.alm_network.Columns.alm_name;
        public const string Level = Tables.alm_network.Columns.alm_level;
        public const string FacultyId = Tables.alm_network.Columns.alm_facultyid;
        public const string InstituteId = Tables.alm_network.Columns.alm_instituteid;
        public const string LinkedInUrl = Tables.alm_network.Columns.alm_linkedinurl;
        public const string FacebookUrl = Tables.alm_network.Columns.alm_facebookurl;
        public const string WebsiteUrl = Tables.alm_network.Columns.alm_websiteurl;
        public const string Email = Tables.alm_network.Columns.alm_email;
        public const string ContactPersonId = Tables.alm_network.Columns.alm_contactpersonid;
        public const string Board = Tables.alm_network.Columns.alm_board;
        public const string Status = Tables.alm_network.Columns.alm_networkstatus;
        public const string AutoEnrol = Tables.alm_network.Columns.alm_autoenrol;
        public const string RuleFacultyId = Tables.alm_network.Columns.alm_rulefacultyid;
        public const string RuleInstituteId = Tables.alm_network.Columns.alm_ruleinstituteid;
        public const string RuleLevels = Tables.alm_network.Columns.alm_rulelevels;
        public const string RuleMinimumCredits = Tables.alm_network.Columns.alm_ruleminimumcredits;
        public const string RuleGraduatedWithinYears = Tables.alm_network.Columns.alm_rulegraduatedwithinyears;
        public const string RuleIncludeStudents = Tables.alm_network.Columns.alm_ruleincludestudents;
        public const string BackfillStatus = Tables.alm_network.Columns.alm_backfillstatus;
        public const string BackfillPagingCookie = Tables.alm_network.Columns.alm_backfillpagingcookie;
        public const string BackfillProcessed = Tables.alm_network.Columns.alm_backfillprocessed;
        public const string BackfillEnrolled = Tables.alm_network.Columns.alm_backfillenrolled;
        public const string RuleChangedOn = Tables.alm_network.Columns.alm_rulechangedon;
        public const string ProgrammesChangedOn = Tables.alm_network.Columns.alm_programmeschangedon;
        public const string OwnerId = Tables.alm_network.Columns.ownerid;
    }

    public static class NetworkProgramme
    {
        public const string Relationship = Relationships.alm_network_studyprogramme;
        public const string IntersectTable = Relationships.alm_network_studyprogramme;
        public const string NetworkId = Tables.alm_network.Columns.alm_networkid;
        public const string StudyProgrammeId = Tables.alm_qualification.Columns.alm_studyprogrammeid;
    }

    public static class Membership
    {
        public const string Table = Tables.alm_networkmembership.LogicalName;
        public const string Id = Tables.alm_networkmembership.Columns.alm_networkmembershipid;
        public const string Name = Tables.alm_networkmembership.Columns.alm_name;
        public const string ContactId = Tables.alm_networkmembership.Columns.alm_contactid;
        public const string NetworkId = Tables.alm_networkmembership.Columns.alm_networkid;
        public const string Status = Tables.alm_networkmembership.Columns.alm_membershipstatus;
        public const string Source = Tables.alm_networkmembership.Columns.alm_membershipsource;
        public const string LeaveReason = Tables.alm_networkmembership.Columns.alm_leavereason;
        public const string JoinedOn = Tables.alm_networkmembership.Columns.alm_joinedon;
        public const string LeftOn = Tables.alm_networkmembership.Columns.alm_lefton;
        public const string LeaveComment = Tables.alm_networkmembership.Columns.alm_leavecomment;
        public const string OwnerId = Tables.alm_networkmembership.Columns.ownerid;
        public const string KeyPersonNetwork = Tables.alm_networkmembership.Keys.alm_networkmembership_person_network;
    }

    public static class Engagement
    {
        public const string Table = Tables.alm_engagement.LogicalName;
        public const string Id = Tables.alm_engagement.Columns.alm_engagementid;
        public const string Name = Tables.alm_engagement.Columns.alm_name;
        public const string ContactId = Tables.alm_engagement.Columns.alm_contactid;
        public const string Type = Tables.alm_engagement.Columns.alm_engagementtype;
        public const string Date = Tables.alm_engagement.Columns.alm_date;
        public const string FacultyId = Tables.alm_engagement.Columns.alm_facultyid;
        public const string EstimatedValue = Tables.alm_engagement.Columns.alm_estimatedvalue;
        public const string Description = Tables.alm_engagement.Columns.alm_description;
    }

    public static class Consent
    {
        public const string Table = Tables.alm_consent.LogicalName;
        public const string Id = Tables.alm_consent.Columns.alm_consentid;
        public const string Name = Tables.alm_consent.Columns.alm_name;
        public const string ContactId = Tables.alm_consent.Columns.alm_contactid;
        public const string Purpose = Tables.alm_consent.Columns.alm_purpose;
        public const string Channel = Tables.alm_consent.Columns.alm_channel;
        public const string Status = Tables.alm_consent.Columns.alm_consentstatus;
        public const string LawfulBasis = Tables.alm_consent.Columns.alm_lawfulbasis;
        public const string ValidFrom = Tables.alm_consent.Columns.alm_validfrom;
        public const string ValidUntil = Tables.alm_consent.Columns.alm_validuntil;
        public const string Source = Tables.alm_consent.Columns.alm_source;
        public const string Evidence = Tables.alm_consent.Columns.alm_evidence;
        public const string StatementVersion = Tables.alm_consent.Columns.alm_statementversion;
        public const string RecordedById = Tables.alm_consent.Columns.alm_recordedbyid;
        public const string RecordedOn = Tables.alm_consent.Columns.alm_recordedon;
    }

    public static class Suppression
    {
        public const string Table = Tables.alm_suppression.LogicalName;
        public const string Id = Tables.alm_suppression.Columns.alm_suppressionid;
        public const string Name = Tables.alm_suppression.Columns.alm_name;
        public const string IdentifierHash = Tables.alm_suppression.Columns.alm_identifierhash;
        public const string ErasedOn = Tables.alm_suppression.Columns.alm_erasedon;
        public const string KeyIdentifierHash = Tables.alm_suppression.Keys.alm_suppression_identifierhash;
    }

    public static class ErasureLog
    {
        public const string Table = Tables.alm_erasurelog.LogicalName;
        public const string Id = Tables.alm_erasurelog.Columns.alm_erasurelogid;
        public const string Name = Tables.alm_erasurelog.Columns.alm_name;
        public const string ErasedOn = Tables.alm_erasurelog.Columns.alm_erasedon;
        public const string ErasedById = Tables.alm_erasurelog.Columns.alm_erasedbyid;
        public const string Summary = Tables.alm_erasurelog.Columns.alm_summary;
    }

    public static class ImportRun
    {
        public const string Table = Tables.alm_importrun.LogicalName;
        public const string Id = Tables.alm_importrun.Columns.alm_importrunid;
        public const string Name = Tables.alm_importrun.Columns.alm_name;
        public const string FileName = Tables.alm_importrun.Columns.alm_filename;
        public const string StartedOn = Tables.alm_importrun.Columns.alm_startedon;
        public const string FinishedOn = Tables.alm_importrun.Columns.alm_finishedon;
        public const string RowsRead = Tables.alm_importrun.Columns.alm_rowsread;
        public const string RowsCreated = Tables.alm_importrun.Columns.alm_rowscreated;
        public const string RowsUpdated = Tables.alm_importrun.Columns.alm_rowsupdated;
        public const string RowsUnchanged = Tables.alm_importrun.Columns.alm_rowsunchanged;
        public const string RowsFailed = Tables.alm_importrun.Columns.alm_rowsfailed;
        public const string Requests = Tables.alm_importrun.Columns.alm_requests;
        public const string Status = Tables.alm_importrun.Columns.alm_importstatus;
        public const string Report = Tables.alm_importrun.Columns.alm_report;
    }

    public static class MarketingList
    {
        public const string Table = Tables.list.LogicalName;
        public const string Id = Tables.list.Columns.listid;
        public const string Name = Tables.list.Columns.listname;
        public const string Purpose = Tables.list.Columns.alm_purpose;
        public const string Channel = Tables.list.Columns.alm_channel;
        public const string MemberIntersect = Tables.listmember.LogicalName;
    }

    public static class SuppressionKeyRow
    {
        public const string Table = Tables.alm_suppressionkey.LogicalName;
        public const string Id = Tables.alm_suppressionkey.Columns.alm_suppressionkeyid;
        public const string Name = Tables.alm_suppressionkey.Columns.alm_name;
        public const string Key = Tables.alm_suppressionkey.Columns.alm_key;
        public const string ActivatedOn = Tables.alm_suppressionkey.Columns.alm_activatedon;
        public const string CreatedOn = Tables.alm_suppressionkey.Columns.createdon;
        public const string State = Tables.alm_suppressionkey.Columns.statecode;
    }
}
