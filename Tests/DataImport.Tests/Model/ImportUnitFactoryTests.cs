using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.Tests.Support;
using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.DataImport.Tests.Model;

public class ImportUnitFactoryTests
{
    [Fact]
    public void A_record_becomes_person_programme_faculty_institute_and_qualification_with_the_fs_source_key()
    {
        var record = Assert.Single(FsCsv.Validate(FsCsv.File(FsCsv.Row(("studieprogramkode", "ÅRSV-GOV"), ("studienivakode", "AR")))).Records);

        var unit = ImportUnitFactory.Create(record);

        Assert.Equal("FS:123456:ÅRSV-GOV", unit.Qualification.SourceKey);
        Assert.Equal(("123456", "7654321"), (unit.Person.StudentNumber, unit.Person.PersonNumber));
        Assert.Equal("220", unit.Faculty!.Code);
        Assert.Equal("220.20", unit.Institute!.Code);
        Assert.Equal("220.20", unit.Programme.InstituteCode);
        Assert.Equal(DegreeLevel.OneYearProgramme, unit.Programme.DegreeLevel);
        Assert.Equal(DegreeLevel.OneYearProgramme, unit.Qualification.DegreeLevel);
        Assert.Equal("2018 VÅR", unit.Qualification.Term);
        Assert.True(unit.Qualification.IsCompleted);
        Assert.Equal(1, unit.RowNumber);
    }

    [Fact]
    public void An_institute_number_already_joined_with_its_faculty_is_kept()
    {
        Assert.Equal("190.30", InstituteUnit.KeyOf("190", "190.30"));
        Assert.Equal("190.30", InstituteUnit.KeyOf("190", "30"));
    }
}
