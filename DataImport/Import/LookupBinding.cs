using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>A lookup given by the target's alternate key: <c>"alm_contactid@odata.bind": "/contacts(alm_fsstudentnumber='123')"</c>.</summary>
public sealed record LookupBinding(string Column, Tables Target, string KeyValue)
{
    public string BindValue => "/" + ODataText.KeySegment(Target.EntitySet, Target.KeyColumn, KeyValue);
}
