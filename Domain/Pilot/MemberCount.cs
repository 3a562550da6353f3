using System;
using System.Collections.Generic;

namespace AlumniCrm.Domain.Pilot;

/// <summary>
/// Counts distinct members (people with at least one active membership) while reading active
/// memberships page by page, ordered by person: only the count and the last person seen carry over
/// between pages, so a count of 45,000 members needs no set of ids in memory or between calls.
/// </summary>
public sealed record MemberCount(int Count, Guid? LastPersonId)
{
    public static readonly MemberCount Start = new(0, null);

    /// <summary>The count after one more page of person ids, in the query's order (equal ids adjacent).</summary>
    public MemberCount Advance(IEnumerable<Guid> personIdsInOrder)
    {
        var count = Count;
        var last = LastPersonId;
        foreach (var person in personIdsInOrder)
        {
            if (person == Guid.Empty || person == last) continue;
            count++;
            last = person;
        }
        return new MemberCount(count, last);
    }
}
