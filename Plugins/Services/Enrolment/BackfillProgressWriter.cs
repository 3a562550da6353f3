using System;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Network = AlumniCrm.Plugins.Services.Schema.Network;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>
/// Keeps a network's back-fill columns: status, totals and the paging cookie. None of them is a rule
/// column, so these writes never trigger the rule-change step again.
/// </summary>
public static class BackfillProgressWriter
{
    public static void MarkPending(IOrganizationService service, Guid networkId, DateTime asOf) =>
        service.Update(new Entity(Network.Table, networkId)
        {
            [Network.BackfillStatus] = new OptionSetValue((int)BackfillStatus.Pending),
            [Network.RuleChangedOn] = asOf,
            [Network.BackfillProcessed] = 0,
            [Network.BackfillEnrolled] = 0,
            [Network.BackfillPagingCookie] = null,
        });

    public static void Write(IOrganizationService service, Guid networkId, BackfillProgress progress, string? pagingCookie) =>
        service.Update(new Entity(Network.Table, networkId)
        {
            [Network.BackfillStatus] = new OptionSetValue((int)progress.Status),
            [Network.BackfillProcessed] = progress.Processed,
            [Network.BackfillEnrolled] = progress.Enrolled,
            [Network.BackfillPagingCookie] = pagingCookie,
        });

    public static void MarkFailed(IOrganizationService service, Guid networkId) =>
        service.Update(new Entity(Network.Table, networkId) { [Network.BackfillStatus] = new OptionSetValue((int)BackfillStatus.Failed) });

    /// <summary>The totals stored by the previous page (a continued back-fill adds to them).</summary>
    public static BackfillProgress ReadStored(IOrganizationService service, Guid networkId)
    {
        var row = service.Retrieve(Network.Table, networkId, new ColumnSet(Network.BackfillProcessed, Network.BackfillEnrolled));
        return new BackfillProgress(row.GetAttributeValue<int?>(Network.BackfillProcessed) ?? 0,
            row.GetAttributeValue<int?>(Network.BackfillEnrolled) ?? 0, true);
    }
}
