using System;

namespace AlumniCrm.Plugins.Services.Engagement;

/// <summary>What a staff member or a process says an alumnus did: one future <c>alm_engagement</c> row.</summary>
public sealed record EngagementEntry
{
    public Guid PersonId { get; init; }

    /// <summary>An <c>alm_engagementtype</c> option value.</summary>
    public int Type { get; init; }

    /// <summary>The day it happened; empty = the day it is recorded.</summary>
    public DateTime? Date { get; init; }

    /// <summary>The faculty it was for; empty = the institution as a whole.</summary>
    public Guid? FacultyId { get; init; }

    /// <summary>Estimated value in NOK (the pilot's engagement value figure); empty = not estimated.</summary>
    public decimal? EstimatedValue { get; init; }

    public string? Description { get; init; }
}
