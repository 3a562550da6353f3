using AlumniCrm.LocalDataverse.Registrations;
using AlumniCrm.LocalDataverse.Tests.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Tests;

public class BulkPipelineTests
{
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.Bare();
    private readonly IOrganizationService _service;

    public BulkPipelineTests() => _service = _env.CreateService();

    private IEnumerable<string> TracesOf<TPlugin>() => _env.PluginExecutions.Of<TPlugin>().Select(e => e.Trace);

    private Guid[] Items(params string[] names) =>
        names.Select(n => _service.Create(new Entity("tst_item") { ["name"] = n })).ToArray();

    [Fact]
    public void UpdateMultiple_steps_get_one_pre_and_post_image_per_item()
    {
        var ids = Items("a", "b");
        _env.RegisterStep(typeof(ImageCollectionEchoPlugin), "UpdateMultiple", "tst_item", StepStage.PostOperation,
            images: new[] { new StepImageRegistration("image", StepImageType.Both, new[] { "name" }) });

        _service.Execute(new UpdateMultipleRequest
        {
            Targets = new EntityCollection(ids.Select((id, i) => new Entity("tst_item", id) { ["name"] = $"new {i}" }).ToList()) { EntityName = "tst_item" },
        });

        Assert.Equal("UpdateMultiple: a -> new 0; b -> new 1", Assert.Single(TracesOf<ImageCollectionEchoPlugin>()));
    }

    [Fact]
    public void An_Update_step_with_filtering_attributes_runs_only_for_the_items_that_carry_them()
    {
        var ids = Items("a", "b");
        _env.RegisterStep(typeof(ImageEchoPlugin), "Update", "tst_item", StepStage.PostOperation, filteringAttributes: new[] { "name" },
            images: new[] { new StepImageRegistration("pre", StepImageType.PreImage, new[] { "name" }), new StepImageRegistration("post", StepImageType.PostImage, new[] { "name" }) });

        _service.Execute(new UpdateMultipleRequest
        {
            Targets = new EntityCollection(new List<Entity>
            {
                new("tst_item", ids[0]) { ["other"] = 1 },
                new("tst_item", ids[1]) { ["name"] = "b2" },
            })
            { EntityName = "tst_item" },
        });

        Assert.Equal("pre[name,tst_itemid] b -> post[name,tst_itemid] b2", Assert.Single(TracesOf<ImageEchoPlugin>()));
    }

    [Fact]
    public void Associate_steps_see_the_relationship_and_the_related_rows()
    {
        _env.DeclareManyToMany("tst_item_tag", "tst_item_tag", "tst_item", "tst_itemid", "tst_tag", "tst_tagid");
        _env.RegisterStep(typeof(AssociateTracePlugin), "Associate", null, StepStage.PostOperation);
        var item = Items("a")[0];
        var tags = new EntityReferenceCollection { new EntityReference("tst_tag", _service.Create(new Entity("tst_tag"))), new EntityReference("tst_tag", _service.Create(new Entity("tst_tag"))) };

        _service.Associate("tst_item", item, new Relationship("tst_item_tag"), tags);

        Assert.Equal("Associate tst_item_tag tst_item -> 2 related", Assert.Single(TracesOf<AssociateTracePlugin>()));
    }

    [Fact]
    public void A_change_a_Create_step_makes_to_a_bulk_item_is_stored()
    {
        _env.RegisterStep(typeof(MessageShapePlugin), "Create", "tst_item", StepStage.PreOperation);

        var response = (CreateMultipleResponse)_service.Execute(new CreateMultipleRequest
        {
            Targets = new EntityCollection(new List<Entity> { new("tst_item") { ["name"] = "x" } }) { EntityName = "tst_item" },
        });

        Assert.Equal(true, _env.Store.Get("tst_item", response.Ids[0])!["tst_touched"]);
    }
}
