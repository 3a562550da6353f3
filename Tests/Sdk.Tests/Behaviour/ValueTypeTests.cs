using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Sdk.Tests.Behaviour;

public class ValueTypeTests
{
    [Fact]
    public void EntityReferences_are_equal_by_logical_name_and_id()
    {
        var id = Guid.NewGuid();

        Assert.Equal(new EntityReference("contact", id), new EntityReference("contact", id) { Name = "Kari" });
        Assert.Equal(new EntityReference("contact", id).GetHashCode(), new EntityReference("contact", id).GetHashCode());
        Assert.NotEqual(new EntityReference("contact", id), new EntityReference("account", id));
        Assert.NotEqual(new EntityReference("contact", id), new EntityReference("contact", Guid.NewGuid()));
    }

    [Fact]
    public void EntityReferences_without_ids_are_equal_by_key_attributes()
    {
        var first = new EntityReference("contact", "alumni_fsstudentnumber", "123456");
        var same = new EntityReference("contact", "alumni_fsstudentnumber", "123456");
        var other = new EntityReference("contact", "alumni_fsstudentnumber", "654321");

        Assert.Equal(first, same);
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void OptionSetValue_Money_and_Relationship_have_value_equality()
    {
        Assert.Equal(new OptionSetValue(100000001), new OptionSetValue(100000001));
        Assert.Equal(new OptionSetValue(7).GetHashCode(), new OptionSetValue(7).GetHashCode());
        Assert.NotEqual(new OptionSetValue(1), new OptionSetValue(2));
        Assert.Equal(new Money(12.5m), new Money(12.5m));
        Assert.NotEqual(new Money(12.5m), new Money(12.6m));
        Assert.Equal(new Relationship("alumni_network_contact"), new Relationship("alumni_network_contact"));
        Assert.Equal(new Relationship("a").GetHashCode(), new Relationship("a").GetHashCode());
        Assert.NotEqual(new Relationship("a"), new Relationship("a") { PrimaryEntityRole = EntityRole.Referenced });
    }

    [Fact]
    public void DataCollection_keys_are_ordinal()
    {
        var attributes = new AttributeCollection { ["firstname"] = "Kari" };

        Assert.True(attributes.Contains("firstname"));
        Assert.False(attributes.Contains("FirstName"));
    }

    [Fact]
    public void InvalidPluginExecutionException_keeps_message_status_code_and_http_status()
    {
        var plain = new InvalidPluginExecutionException("Consent is missing.");
        var full = new InvalidPluginExecutionException(OperationStatus.Canceled, 42, "Stopped.", PluginHttpStatusCode.Conflict);

        Assert.Equal("Consent is missing.", plain.Message);
        Assert.Equal(OperationStatus.Failed, plain.Status);
        Assert.Equal(PluginHttpStatusCode.NotSet, plain.HttpStatus);
        Assert.Equal(OperationStatus.Canceled, full.Status);
        Assert.Equal(42, full.ErrorCode);
        Assert.Equal(PluginHttpStatusCode.Conflict, full.HttpStatus);
        Assert.Equal("Stopped.", full.Message);
        // Microsoft's SDK: ErrorCode is the HResult, COR_E_EXCEPTION for the message constructors.
        Assert.Equal(unchecked((int)0x80131500), plain.ErrorCode);
        Assert.Equal(unchecked((int)0x80131500), new InvalidPluginExecutionException(OperationStatus.Failed, 0, "No code.").ErrorCode);
    }

    [Fact]
    public void FaultException_carries_the_organization_service_fault()
    {
        var fault = new OrganizationServiceFault { ErrorCode = unchecked((int)0x80040217), Message = "contact With Id = 1 Does Not Exist" };

        var exception = new System.ServiceModel.FaultException<OrganizationServiceFault>(fault, fault.Message);

        Assert.Same(fault, exception.Detail);
        Assert.Equal(unchecked((int)0x80040217), exception.Detail.ErrorCode);
        Assert.Equal(fault.Message, exception.Message);
        Assert.Equal(fault.Message, exception.Reason.ToString());
        Assert.IsAssignableFrom<System.ServiceModel.CommunicationException>(exception);
    }
}
