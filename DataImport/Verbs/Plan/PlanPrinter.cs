using System.Globalization;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Planning;
using Spectre.Console;

namespace AlumniCrm.DataImport.Verbs.Plan;

/// <summary>Prints a plan: a table of changes per table, enrolments per network, duplicates to review (row numbers only).</summary>
public static class PlanPrinter
{
    public static void Print(CliConsole console, PlanReport plan)
    {
        var table = new Table().AddColumns("", "new", "updated", "unchanged");
        foreach (var (name, counts) in new[] { ("faculties", plan.Faculties), ("institutes", plan.Institutes), ("programmes", plan.Programmes), ("people", plan.People), ("qualifications", plan.Qualifications), ("consents", plan.Consents) })
        {
            table.AddRow(name, counts.Created.ToString("N0", CultureInfo.CurrentCulture), counts.Updated.ToString("N0", CultureInfo.CurrentCulture), counts.Unchanged.ToString("N0", CultureInfo.CurrentCulture));
        }

        console.Rich.Write(table);
        console.Output.WriteLine($"{plan.RowsRead:N0} rows read, {plan.RowsRejectedByValidation:N0} rejected by validation (see 'validate').");
        console.Output.WriteLine($"Erased people skipped: {plan.ErasedPeopleSkipped:N0} ({plan.RowsSkippedAsErased:N0} rows).");
        console.Output.WriteLine($"Expected network enrolments: {plan.ExpectedEnrolments:N0}" +
            (plan.AlumniDefinition is null ? " (no active alumni definition in the environment)" : $" under '{plan.AlumniDefinition}'") + ".");
        foreach (var (network, count) in plan.ExpectedEnrolmentsByNetwork.OrderByDescending(p => p.Value))
        {
            console.Output.WriteLine($"  {network}: {count:N0}");
        }

        console.Output.WriteLine($"Possible duplicates to review (same name and birth date, different student number): {plan.PossibleDuplicates.Count:N0}.");
        foreach (var duplicate in plan.PossibleDuplicates.Take(20))
        {
            console.Output.WriteLine(duplicate.OtherRow is { } other
                ? $"  row {duplicate.Row} and row {other}"
                : $"  row {duplicate.Row} and the contact with student number {duplicate.ExistingStudentNumber}");
        }

        console.Output.WriteLine($"{plan.Requests:N0} read requests.");
    }
}
