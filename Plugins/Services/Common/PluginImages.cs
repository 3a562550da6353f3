using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>
/// Entity images of a step, for single and bulk messages alike: the bulk messages (CreateMultiple,
/// UpdateMultiple) carry one image collection per target (IPluginExecutionContext4).
/// </summary>
public static class PluginImages
{
    public static IReadOnlyList<Entity> Pre(IPluginExecutionContext context, string alias) =>
        Collect(context.PreEntityImages, (context as IPluginExecutionContext4)?.PreEntityImagesCollection, alias);

    public static IReadOnlyList<Entity> Post(IPluginExecutionContext context, string alias) =>
        Collect(context.PostEntityImages, (context as IPluginExecutionContext4)?.PostEntityImagesCollection, alias);

    private static IReadOnlyList<Entity> Collect(EntityImageCollection? single, EntityImageCollection[]? perTarget, string alias)
    {
        var images = new List<Entity>();
        if (perTarget != null)
            foreach (var collection in perTarget)
                if (collection != null && collection.TryGetValue(alias, out var image) && image != null) images.Add(image);
        if (single != null && single.TryGetValue(alias, out var singleImage) && singleImage != null) images.Add(singleImage);
        return images;
    }
}
