using AlumniCrm.LocalDataverse.Query;
using AlumniCrm.LocalDataverse.Registrations;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>The entity images of a step: the stored row before/after the write, limited to the image's columns.</summary>
internal static class ImageBuilder
{
    public static EntityImageCollection Build(StepRegistration step, Entity? row, bool pre)
    {
        var images = new EntityImageCollection();
        if (row is null) return images;
        foreach (var image in step.Images.Where(i => pre ? i.IsPre : i.IsPost))
        {
            var columns = image.Attributes is { Count: > 0 } attributes ? new ColumnSet(attributes.ToArray()) : new ColumnSet(true);
            images[image.Alias] = ColumnProjection.Project(row, columns);
        }
        return images;
    }
}
