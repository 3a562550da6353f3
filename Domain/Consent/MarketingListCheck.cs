using System;
using System.Collections.Generic;

namespace AlumniCrm.Domain.Consent;

/// <summary>The outcome for a whole batch of members.</summary>
public sealed record MarketingListCheck
{
    public IReadOnlyList<ListMemberVerdict> Admitted { get; init; } = Array.Empty<ListMemberVerdict>();

    public IReadOnlyList<ListMemberVerdict> Blocked { get; init; } = Array.Empty<ListMemberVerdict>();

    /// <summary>Set when the list lacks a purpose or channel: nobody can be added until it is set.</summary>
    public string? ListProblem { get; init; }

    public bool AllAdmitted => Blocked.Count == 0 && ListProblem == null;

    /// <summary>One line per blocked person, preceded by the list problem if any — for the error dialog.</summary>
    public string BlockedMessage
    {
        get
        {
            var lines = new List<string>();
            if (ListProblem != null) lines.Add(ListProblem);
            foreach (var verdict in Blocked) lines.Add(verdict.Message);
            return string.Join("\n", lines);
        }
    }
}
