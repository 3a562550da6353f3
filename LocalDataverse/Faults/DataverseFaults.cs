using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Faults;

/// <summary>Builds the faults Dataverse returns, as <c>FaultException&lt;OrganizationServiceFault&gt;</c>.</summary>
public static class DataverseFaults
{
    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message, OrganizationServiceFault? inner = null)
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            Timestamp = DateTime.UtcNow,
            InnerFault = inner,
            ErrorDetails = new ErrorDetailCollection(),
        };
        return new FaultException<OrganizationServiceFault>(fault, message);
    }

    public static FaultException<OrganizationServiceFault> DoesNotExist(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"{table} With Id = {id} Does Not Exist");

    public static FaultException<OrganizationServiceFault> DoesNotExistByKey(string table, IEnumerable<KeyValuePair<string, object>> key) =>
        Create(ErrorCodes.ObjectDoesNotExist,
            $"A record with the specified key values does not exist in {table} entity ({Describe(key)})");

    public static FaultException<OrganizationServiceFault> DuplicateKey(string table, string keyName, IEnumerable<KeyValuePair<string, object?>> values) =>
        Create(ErrorCodes.DuplicateRecord,
            $"A record that has the attribute values {string.Join(", ", values.Select(v => $"{v.Key} = {Format(v.Value)}"))} already exists. " +
            $"The entity key {keyName} on {table} requires that this set of attributes contains unique values. Select unique values and try again.");

    public static FaultException<OrganizationServiceFault> DuplicateId(string table, Guid id) =>
        Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key: {table} with id {id} already exists.");

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        Create(ErrorCodes.InvalidArgument, message);

    private static string Describe(IEnumerable<KeyValuePair<string, object>> key) =>
        string.Join(", ", key.Select(k => $"{k.Key} = {Format(k.Value)}"));

    private static string Format(object? value) => value switch
    {
        null => "null",
        EntityReference reference => reference.Id.ToString(),
        OptionSetValue option => option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
