using System;
using System.Linq;
using AlumniCrm.Domain.Privacy;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>
/// A person's data for an access or portability request (GDPR Art. 15 and 20): every table of
/// <see cref="PersonalDataCatalog"/> appears — with an empty list when the person has no rows there —
/// and every catalogued column appears on every row, null when empty, so the DPO can see nothing was left out.
/// </summary>
public static class PersonDataExport
{
    public static string Export(IOrganizationService service, Guid contactId, DateTime now)
    {
        var json = new JsonText().BeginObject()
            .Name("contactId").String(contactId.ToString("D"))
            .Name("exportedOn").String(ExportValues.Iso(now))
            .Name("catalogue").String("PersonalDataCatalog: every alumni table and column holding personal data")
            .Name("tables").BeginObject();
        var found = false;
        foreach (var table in PersonalDataCatalog.Tables)
        {
            var columns = table.ColumnNames.ToArray();
            var rows = PersonRows.Find(service, table, contactId, columns);
            found |= table.LogicalName == PersonalDataCatalog.ContactTable && rows.Count > 0;
            json.Name(table.LogicalName).BeginArray();
            foreach (var row in rows)
            {
                json.BeginObject().Name("id").String(row.Id.ToString("D"));
                foreach (var column in columns)
                {
                    json.Name(column);
                    ExportValues.Write(json, row, column);
                }
                json.EndObject();
            }
            json.EndArray();
        }
        if (!found) throw new RuleViolationException("There is no person with the id " + contactId.ToString("D") + " to export; they may have been erased.");
        return json.EndObject().EndObject().ToString();
    }
}
