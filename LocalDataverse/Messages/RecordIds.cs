using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>Ids known before the main operation (for the pre-image and PrimaryEntityId); resolution faults wait for the main operation.</summary>
internal static class RecordIds
{
    public static Guid Known(RecordWriter writer, string table, Guid id, KeyAttributeCollection? keys)
    {
        if (id != Guid.Empty || keys is null || keys.Count == 0) return id;
        try
        {
            return writer.TryResolve(table, id, keys) ?? Guid.Empty;
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            return Guid.Empty;
        }
    }
}
