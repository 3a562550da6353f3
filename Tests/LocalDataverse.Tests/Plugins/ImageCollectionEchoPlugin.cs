using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Traces the per-item images of a bulk message: "name before -> name after" for each item.</summary>
public sealed class ImageCollectionEchoPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var (context, tracing, _) = PluginServices.From(serviceProvider);
        var items = context.PreEntityImagesCollection.Zip(context.PostEntityImagesCollection, (pre, post) =>
            $"{Name(pre)} -> {Name(post)}");
        tracing.Trace("{0}: {1}", context.MessageName, string.Join("; ", items));
    }

    private static string Name(EntityImageCollection images) =>
        images.TryGetValue("image", out var image) ? image.GetAttributeValue<string>("name") ?? "?" : "none";
}
