using AlumniCrm.DataImport.Mapping;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Validation.Rules;

namespace AlumniCrm.DataImport.Validation;

/// <summary>
/// Finds duplicates within one file, keyed by student number. The same student with a different
/// personlopenr, name or birth date is a conflict (an error on both rows); the same student and
/// programme twice is an error when the rows differ and a warning when they are identical. A student
/// with several programmes is normal. Memory grows with the number of students, not with row size.
/// </summary>
public sealed class DuplicateDetector
{
    private static readonly CanonicalField[] IdentityFields =
        [CanonicalField.PersonNumber, CanonicalField.FirstName, CanonicalField.LastName, CanonicalField.BirthDate];

    private readonly ColumnMapping mapping;
    private readonly CanonicalField[] mappedFields;
    private readonly Dictionary<string, StudentSighting> studentsByNumber = new(StringComparer.Ordinal);

    public DuplicateDetector(ColumnMapping mapping)
    {
        this.mapping = mapping;
        mappedFields = mapping.MappedFields().Select(mapped => mapped.Field).ToArray();
    }

    /// <summary>
    /// Checks <paramref name="row"/> against earlier rows and adds the issues, for this row and for
    /// the earlier row it conflicts with. Returns the earlier row's number when this call gave it an error.
    /// </summary>
    public int? Check(SourceRow row, List<ValidationIssue> issues)
    {
        var studentNumber = row[CanonicalField.StudentNumber];
        if (string.IsNullOrEmpty(studentNumber))
        {
            return null;
        }

        var identity = new IdentityHashes();
        for (var index = 0; index < IdentityFields.Length; index++)
        {
            identity[index] = IdentityHash(IdentityFields[index], row[IdentityFields[index]]);
        }

        var programme = StableHash.Of(row[CanonicalField.ProgrammeCode]);
        var wholeRow = WholeRowHash(row);
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(studentsByNumber, studentNumber, out var seenBefore);
        if (!seenBefore)
        {
            slot = new StudentSighting(row.RowNumber, row.Line, identity, programme, wholeRow);
            return null;
        }

        var earlier = slot!;

        for (var index = 0; index < IdentityFields.Length; index++)
        {
            if (identity[index] != 0 && earlier.Identity[index] != 0 && identity[index] != earlier.Identity[index])
            {
                var field = IdentityFields[index];
                var reason = $"Student number also in row {{0}} with a different {FieldCatalogue.Get(field).FsName}: conflicting duplicate.";
                return Conflict(row, earlier.FirstRow, earlier.FirstLine, field, "duplicate.conflicting-identity", reason, issues, ref earlier.FirstRowFlagged);
            }
        }

        foreach (var sighting in earlier.Programmes())
        {
            if (sighting.Programme != programme)
            {
                continue;
            }

            if (sighting.WholeRow == wholeRow)
            {
                issues.Add(new ValidationIssue(row.RowNumber, row.Line, mapping.ColumnNameOf(CanonicalField.StudentNumber), IssueSeverity.Warning,
                    "duplicate.identical-row", $"Identical to row {sighting.Row}; the repeat is ignored.", ValueRedactor.Describe(studentNumber, isPersonal: true)));
                return null;
            }

            var reason = "Same student and programme as row {0} with different values: conflicting duplicate.";
            var flagged = sighting.Flagged;
            var invalidated = Conflict(row, sighting.Row, sighting.Line, CanonicalField.StudentNumber, "duplicate.conflicting-programme-row", reason, issues, ref flagged);
            sighting.Flagged = flagged;
            return invalidated;
        }

        (earlier.MoreProgrammes ??= []).Add(new ProgrammeSighting(row.RowNumber, row.Line, programme, wholeRow));
        return null;
    }

    private int? Conflict(SourceRow row, int earlierRow, long earlierLine, CanonicalField field, string code, string reasonFormat, List<ValidationIssue> issues, ref bool earlierFlagged)
    {
        var column = mapping.ColumnNameOf(field);
        var isPersonal = FieldCatalogue.Get(field).IsPersonal;
        issues.Add(new ValidationIssue(row.RowNumber, row.Line, column, IssueSeverity.Error, code,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, reasonFormat, earlierRow), ValueRedactor.Describe(row[field], isPersonal)));
        if (earlierFlagged)
        {
            return null;
        }

        earlierFlagged = true;
        issues.Add(new ValidationIssue(earlierRow, earlierLine, column, IssueSeverity.Error, code,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, reasonFormat, row.RowNumber), "(value redacted)"));
        return earlierRow;
    }

    /// <summary>Names compare without case; a birth date compares as a date, since one file may write it in both FS formats.</summary>
    private static ulong IdentityHash(CanonicalField field, string? value)
    {
        if (field == CanonicalField.BirthDate && value is not null && FsDate.TryParse(value, out var date) == DateParseResult.Valid)
        {
            return StableHash.Combine(StableHash.Of("date"), (ulong)date.DayNumber);
        }

        return StableHash.Of(value, ignoreCase: true);
    }

    private ulong WholeRowHash(SourceRow row)
    {
        ulong hash = 0;
        foreach (var field in mappedFields)
        {
            hash = StableHash.Combine(hash, StableHash.Of(row[field]));
        }

        return hash;
    }

    private sealed class StudentSighting
    {
        public StudentSighting(int firstRow, long firstLine, IdentityHashes identity, ulong programme, ulong wholeRow)
        {
            FirstRow = firstRow;
            FirstLine = firstLine;
            Identity = identity;
            FirstProgramme = new ProgrammeSighting(firstRow, firstLine, programme, wholeRow);
        }

        public int FirstRow { get; }

        public long FirstLine { get; }

        public IdentityHashes Identity { get; }

        public ProgrammeSighting FirstProgramme { get; }

        /// <summary>Most students have one programme per file; the list exists only for those with more.</summary>
        public List<ProgrammeSighting>? MoreProgrammes { get; set; }

        public bool FirstRowFlagged;

        public IEnumerable<ProgrammeSighting> Programmes()
        {
            yield return FirstProgramme;
            foreach (var more in MoreProgrammes ?? [])
            {
                yield return more;
            }
        }
    }

    /// <summary>Hashes of personlopenr, first name, last name and birth date, held inline (no array per student).</summary>
    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct IdentityHashes
    {
        private ulong first;
    }

    private sealed class ProgrammeSighting(int row, long line, ulong programme, ulong wholeRow)
    {
        public int Row { get; } = row;

        public long Line { get; } = line;

        public ulong Programme { get; } = programme;

        public ulong WholeRow { get; } = wholeRow;

        public bool Flagged { get; set; }
    }
}
