using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;

namespace AlumniCrm.Sdk.Tests.Behaviour;

public class EntityTests
{
    [Fact]
    public void Indexer_throws_for_an_absent_attribute_and_adds_or_replaces_on_set()
    {
        var contact = new Entity("contact");

        Assert.Throws<KeyNotFoundException>(() => contact["firstname"]);
        contact["firstname"] = "Kari";
        contact["firstname"] = "Ola";

        Assert.Equal("Ola", contact["firstname"]);
        Assert.Single(contact.Attributes);
        Assert.True(contact.Contains("firstname"));
        Assert.False(contact.Contains("lastname"));
    }

    [Fact]
    public void GetAttributeValue_returns_default_when_absent_or_null()
    {
        var contact = new Entity("contact") { ["birthdate"] = null, ["numberofchildren"] = 2 };

        Assert.Null(contact.GetAttributeValue<string>("lastname"));
        Assert.Equal(0, contact.GetAttributeValue<int>("lastname"));
        Assert.Null(contact.GetAttributeValue<DateTime?>("birthdate"));
        Assert.Equal(2, contact.GetAttributeValue<int>("numberofchildren"));
        Assert.Equal(2, contact.GetAttributeValue<int?>("numberofchildren"));
    }

    [Fact]
    public void Collections_are_never_null_after_construction()
    {
        foreach (var entity in new[] { new Entity(), new Entity("contact"), new Entity("contact", Guid.NewGuid()), new Entity("contact", "emailaddress1", "a@b.no"), new Entity("contact", new KeyAttributeCollection()) })
        {
            Assert.NotNull(entity.Attributes);
            Assert.NotNull(entity.FormattedValues);
            Assert.NotNull(entity.KeyAttributes);
            Assert.NotNull(entity.RelatedEntities);
        }
    }

    [Fact]
    public void Key_attribute_constructor_fills_KeyAttributes_but_the_reference_never_carries_them()
    {
        var contact = new Entity("contact", "alumni_fsstudentnumber", "123456");

        var reference = contact.ToEntityReference();

        // Microsoft's SDK copies logical name, id and row version only: a reference to a row known by
        // alternate key must be built with new EntityReference(table, keys).
        Assert.Equal("123456", contact.KeyAttributes["alumni_fsstudentnumber"]);
        Assert.Equal(Guid.Empty, reference.Id);
        Assert.Equal("contact", reference.LogicalName);
        Assert.Empty(reference.KeyAttributes);
    }

    [Fact]
    public void ToEntityReference_uses_the_id_when_there_is_one()
    {
        var id = Guid.NewGuid();

        var reference = new Entity("contact", id).ToEntityReference();

        Assert.Equal(new EntityReference("contact", id), reference);
    }

    [Fact]
    public void ToEntity_converts_to_an_early_bound_type_sharing_the_attributes()
    {
        var id = Guid.NewGuid();
        var entity = new Entity("contact", id) { ["firstname"] = "Kari" };

        var contact = entity.ToEntity<Contact>();

        Assert.Equal(id, contact.Id);
        Assert.Equal("contact", contact.LogicalName);
        Assert.Equal("Kari", contact.FirstName);
        Assert.Throws<NotSupportedException>(() => new Entity("account").ToEntity<Contact>());
    }

    [EntityLogicalName("contact")]
    private sealed class Contact : Entity
    {
        public Contact()
            : base("contact")
        {
        }

        [AttributeLogicalName("firstname")]
        public string FirstName => GetAttributeValue<string>("firstname");
    }
}
