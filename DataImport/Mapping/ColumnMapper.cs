using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Validation;

namespace AlumniCrm.DataImport.Mapping;

/// <summary>
/// Maps the header of an FS export to canonical fields: a mapping file first, then the built-in
/// names. National identity number columns are dropped whatever the mapping file says.
/// </summary>
public static class ColumnMapper
{
    public static ColumnMapping Map(IReadOnlyList<string> headers, MappingFile? mappingFile = null)
    {
        var notices = new List<ValidationIssue>();
        var dropped = new List<string>();
        var columnIndexByField = Enumerable.Repeat(-1, FieldCatalogue.Count).ToArray();
        var aliasRankByField = Enumerable.Repeat(int.MaxValue, FieldCatalogue.Count).ToArray();
        var ignoredByMappingFile = new HashSet<int>();
        var normalizedHeaders = headers.Select(HeaderNameNormalizer.Normalize).ToArray();

        for (var column = 0; column < headers.Count; column++)
        {
            if (NationalIdentityColumns.IsNationalIdentityColumn(headers[column]))
            {
                dropped.Add(headers[column]);
                notices.Add(ValidationIssue.FileWarning(headers[column], "column.national-identity-number-dropped",
                    "Looks like a national identity number. The column is ignored and its values are never read or stored."));
            }
        }

        if (mappingFile is not null)
        {
            foreach (var (source, target) in mappingFile.TargetsBySourceColumn)
            {
                var column = Array.IndexOf(normalizedHeaders, source);
                if (column < 0)
                {
                    notices.Add(ValidationIssue.FileWarning(source, "mapping.column-not-in-file", "The mapping file names this column, but the file has no such column."));
                    continue;
                }

                if (dropped.Contains(headers[column]))
                {
                    continue;
                }

                if (target is null)
                {
                    ignoredByMappingFile.Add(column);
                    continue;
                }

                columnIndexByField[(int)target.Value] = column;
                aliasRankByField[(int)target.Value] = -1;
            }
        }

        var usedColumns = new HashSet<int>(columnIndexByField.Where(index => index >= 0));
        for (var column = 0; column < headers.Count; column++)
        {
            if (usedColumns.Contains(column) || ignoredByMappingFile.Contains(column) || dropped.Contains(headers[column]))
            {
                continue;
            }

            var matched = false;
            foreach (var definition in FieldCatalogue.All)
            {
                var rank = IndexOf(definition.Aliases, normalizedHeaders[column]);
                if (rank < 0)
                {
                    continue;
                }

                matched = true;
                var field = (int)definition.Field;
                if (rank < aliasRankByField[field])
                {
                    if (columnIndexByField[field] >= 0)
                    {
                        notices.Add(AlsoMatches(headers[columnIndexByField[field]], definition, headers[column]));
                    }

                    columnIndexByField[field] = column;
                    aliasRankByField[field] = rank;
                }
                else
                {
                    notices.Add(AlsoMatches(headers[column], definition, headers[columnIndexByField[field]]));
                }

                break;
            }

            if (!matched && normalizedHeaders[column].Length > 0)
            {
                notices.Add(ValidationIssue.FileWarning(headers[column], "column.unused",
                    ConsentVocabulary.LooksLikeAnswerColumn(normalizedHeaders[column])
                        ? $"Looks like a consent answer, but the purpose or channel is not known; it is not imported. {ConsentVocabulary.Expected}"
                        : "Not a known FS column; it is not imported. Use a mapping file (--mapping) to map it."));
            }
        }

        var missingRequired = FieldCatalogue.All.Where(definition => definition.IsRequired && columnIndexByField[(int)definition.Field] < 0).ToList();
        if (missingRequired.Count > 0)
        {
            throw new InputUnreadableException(
                $"The file has no column for the required field(s) {string.Join(", ", missingRequired.Select(definition => $"{definition.FsName} ({definition.Field})"))}. " +
                $"Columns found: {string.Join(", ", headers.Where(header => !dropped.Contains(header)))}. Map them with a mapping file (--mapping).");
        }

        return new ColumnMapping(headers, columnIndexByField, dropped, notices);
    }

    private static ValidationIssue AlsoMatches(string ignoredColumn, FieldDefinition definition, string usedColumn) =>
        ValidationIssue.FileWarning(ignoredColumn, "column.ambiguous",
            $"Also looks like {definition.FsName}, but column '{usedColumn}' is used for it; this one is ignored. Use a mapping file to choose.");

    private static int IndexOf(IReadOnlyList<string> aliases, string normalizedHeader)
    {
        for (var index = 0; index < aliases.Count; index++)
        {
            if (aliases[index] == normalizedHeader)
            {
                return index;
            }
        }

        return -1;
    }
}
