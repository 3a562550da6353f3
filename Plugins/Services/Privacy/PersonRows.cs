using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Privacy;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>A person's rows in one catalogued table: found by the table's person column, with the catalogued columns.</summary>
public static class PersonRows
{
    public static string PrimaryIdOf(string table) => table + "id";

    public static List<Entity> Find(IOrganizationService service, PersonalDataTable table, Guid contactId, params string[] columns) =>
        QueryRunner.WhereIn(service, table.LogicalName, table.PersonColumn, new[] { contactId },
            columns.Length == 0 ? new[] { PrimaryIdOf(table.LogicalName) } : columns);
}
