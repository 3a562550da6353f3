using AlumniCrm.Plugins.Services.Alumni;
using AlumniCrm.Plugins.Services.Common;
using Definition = AlumniCrm.Plugins.Services.Schema.AlumniDefinition;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Async on Update of the alumni definition's rule columns: recomputes every contact's status page
/// by page (and enrols the newly eligible) within a time budget. If contacts remain, the trace says
/// so and a flow continues with <c>alm_RecomputeAlumniStatus</c> (see docs/enrolment.md); the
/// recompute only writes what changed, so starting it over is cheap.
/// </summary>
public sealed class AlumniDefinitionChangedPlugin : PluginBase
{
    public const string PostImage = "PostImage";

    protected override void ExecuteStep(StepContext step)
    {
        var definition = step.PostImage(PostImage);
        if (definition == null || definition.GetAttributeValue<bool?>(Definition.IsActive) != true)
        {
            step.Trace("The changed alumni definition is not the active one; nothing to recompute.");
            return;
        }

        var pages = 0;
        var last = new RecomputeService(step.SystemService).RunWithinBudget(step.UtcNow, new TimeBudget(TimeBudget.Default), page =>
        {
            pages++;
            step.Trace("Page {0}: {1} processed, {2} changed, {3} enrolled.", pages, page.Processed, page.Changed, page.Enrolled);
        });
        if (last.MoreRecords)
            step.Trace("Time budget spent after {0} page(s); continue with alm_RecomputeAlumniStatus, PagingCookie '{1}'.", pages, last.PagingCookie ?? "");
    }
}
