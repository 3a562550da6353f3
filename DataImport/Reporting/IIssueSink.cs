using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Validation;

namespace AlumniCrm.DataImport.Reporting;

/// <summary>Receives the findings of a validation run as they are made (so nothing is held in memory).</summary>
public interface IIssueSink : IDisposable
{
    void Begin(GraduateFileReader file);

    void Add(ValidationIssue issue);

    void Complete(ValidationSummary summary);
}
