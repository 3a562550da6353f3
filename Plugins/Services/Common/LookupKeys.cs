using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>
/// Lookups given by alternate key (e.g. <c>alm_contactid@odata.bind: /contacts(alm_fsstudentnumber='…')</c>
/// over the Web API) reach pre-validation and pre-operation steps with an empty Id: the platform
/// resolves the key only in the main operation. Steps that need the id resolve it here first.
/// </summary>
public static class LookupKeys
{
    /// <summary>Replaces a lookup given by key with one given by id (one Retrieve); faults when no row has the key.</summary>
    public static void ResolveInPlace(IOrganizationService service, Entity row, string column)
    {
        if (row.GetAttributeValue<EntityReference>(column) is not { } reference) return;
        if (reference.Id != Guid.Empty || reference.KeyAttributes == null || reference.KeyAttributes.Count == 0) return;
        var found = (RetrieveResponse)service.Execute(new RetrieveRequest { Target = reference, ColumnSet = new ColumnSet(false) });
        row[column] = new EntityReference(reference.LogicalName, found.Entity.Id);
    }
}
