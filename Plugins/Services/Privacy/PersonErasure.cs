using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Privacy;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using E = AlumniCrm.Plugins.Services.Schema.ErasureLog;
using P = AlumniCrm.Plugins.Services.Schema.Contact;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>
/// Erases a person (GDPR Art. 17) by <see cref="ErasurePlan"/>: searches every catalogued table, runs the
/// plan's steps in order, proves nothing that refers to the person is left, then writes the suppression
/// entries and an erasure log without personal data. Runs inside the API's transaction: any failure
/// leaves everything as it was.
/// </summary>
public static class PersonErasure
{
    /// <param name="context">The erase API's own context: it carries the marker that lets consent rows be deleted.</param>
    /// <param name="service">A SYSTEM service: erasure must reach every row, whoever can see it.</param>
    /// <returns>The plan's summary (counts per table, never a value).</returns>
    public static string Erase(IPluginExecutionContext context, IOrganizationService service, Guid contactId, DateTime now, ITracingService tracing)
    {
        var person = service.RetrieveMultiple(PersonQuery(contactId)).Entities.FirstOrDefault()
            ?? throw new RuleViolationException("There is no person with the id " + contactId.ToString("D") + " to erase; they may have been erased already.");

        // The key is read before anything is deleted: without it the person could come back with the next import.
        var hashes = SuppressionKeySource.Read(service)
            .EntriesFor(person.GetAttributeValue<string>(P.FsStudentNumber), person.GetAttributeValue<string>(P.FsPersonNumber));

        var findings = new ErasureFindings
        {
            PersonId = contactId,
            RowsByTable = PersonalDataCatalog.Tables.ToDictionary(t => t.LogicalName, t => RowIds(service, t, contactId)),
            SuppressionEntries = hashes.Count,
        };
        var plan = ErasurePlan.Create(findings, now);

        ErasureMarker.Set(context, contactId);
        foreach (var step in plan.Steps) Run(service, step, tracing);
        EnsureNothingLeft(service, contactId);

        SuppressionList.Add(service, hashes, now);
        service.Create(new Entity(E.Table)
        {
            [E.Name] = "Erasure " + ExportValues.Iso(now),
            [E.ErasedOn] = now,
            [E.ErasedById] = new EntityReference("systemuser", context.InitiatingUserId),
            [E.Summary] = plan.Summary,
        });
        return plan.Summary;
    }

    private static QueryExpression PersonQuery(Guid contactId)
    {
        var query = new QueryExpression(P.Table) { ColumnSet = new ColumnSet(P.FsStudentNumber, P.FsPersonNumber), TopCount = 1 };
        query.Criteria.AddCondition(new ConditionExpression(P.Id, ConditionOperator.Equal, contactId));
        return query;
    }

    private static IReadOnlyList<Guid> RowIds(IOrganizationService service, PersonalDataTable table, Guid contactId) =>
        PersonRows.Find(service, table, contactId).Select(r => r.Id).ToList();

    private static void Run(IOrganizationService service, ErasureStep step, ITracingService tracing)
    {
        tracing.Trace("Erasure step {0}: {1} {2} row(s) of {3}", step.Order, step.Action, step.RowIds.Count, step.TableLogicalName);
        foreach (var id in step.RowIds)
        {
            if (step.Action == ErasureAction.DeleteRows)
            {
                service.Delete(step.TableLogicalName, id);
                continue;
            }
            var update = new Entity(step.TableLogicalName, id);
            foreach (var column in step.ColumnsToClear) update[column] = null;
            service.Update(update);
        }
    }

    /// <summary>Plugins on the deletes may have written meanwhile; anything still pointing at the person fails the whole erasure.</summary>
    private static void EnsureNothingLeft(IOrganizationService service, Guid contactId)
    {
        var left = PersonalDataCatalog.Tables
            .Select(t => new { Table = t.LogicalName, PersonRows.Find(service, t, contactId).Count })
            .Where(t => t.Count > 0)
            .Select(t => t.Table + " (" + t.Count + ")")
            .ToList();
        if (left.Count > 0)
        {
            throw new RuleViolationException("The erasure was undone because rows still refer to the person afterwards: " + string.Join(", ", left)
                + ". Nothing was erased; report this to the CRM team.");
        }
    }
}
