using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Traces what its pre and post images hold: "pre[columns] name → post[columns] name".</summary>
public sealed class ImageEchoPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var (context, tracing, _) = PluginServices.From(serviceProvider);
        var pre = context.PreEntityImages.TryGetValue("pre", out var preImage) ? preImage : null;
        var post = context.PostEntityImages.TryGetValue("post", out var postImage) ? postImage : null;
        tracing.Trace("pre[{0}] {1} -> post[{2}] {3}",
            Columns(pre), pre?.GetAttributeValue<string>("name"), Columns(post), post?.GetAttributeValue<string>("name"));
    }

    private static string Columns(Entity? image) =>
        image is null ? "none" : string.Join(",", image.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal));
}
