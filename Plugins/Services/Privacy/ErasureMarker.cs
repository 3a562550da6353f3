using System;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>
/// How a consent row's delete is recognised as part of erasing its person. The erase API puts the
/// person's id in the shared variables of its own execution context; the delete check walks the
/// parent contexts of the delete and accepts only a context of the message <c>alm_ErasePerson</c>
/// that carries the same person. An outside caller cannot produce such a parent: it exists only while
/// <c>alm_ErasePerson</c> runs (which requires its execute privilege), that API allows no custom
/// processing steps, and a caller's own shared variables (the "tag") are on the delete's own context,
/// which is never consulted.
/// </summary>
public static class ErasureMarker
{
    public const string MessageName = "alm_ErasePerson";
    public const string SharedVariable = "alm_ErasePerson.ContactId";

    public static void Set(IPluginExecutionContext context, Guid contactId) =>
        context.SharedVariables[SharedVariable] = contactId.ToString("D");

    public static bool IsErasing(IPluginExecutionContext context, Guid contactId)
    {
        if (contactId == Guid.Empty) return false;
        for (var parent = context.ParentContext; parent != null; parent = parent.ParentContext)
        {
            if (string.Equals(parent.MessageName, MessageName, StringComparison.OrdinalIgnoreCase)
                && parent.SharedVariables.TryGetValue(SharedVariable, out var value)
                && string.Equals(value as string, contactId.ToString("D"), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
