using System.Buffers;

namespace AlumniCrm.DataImport.Reporting;

/// <summary>RFC 4180 quoting for the reports this tool writes.</summary>
internal static class CsvText
{
    private static readonly SearchValues<char> NeedsQuoting = SearchValues.Create("\",;\r\n\t");

    public static string Field(string value)
    {
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(NeedsQuoting) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
