using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>
/// Writes rows of one table with CreateMultiple / UpdateMultiple: one request per
/// <see cref="MaximumRowsPerRequest"/> rows, nothing when there is nothing to write. All writes of
/// the glue go through here, so switching the bulk strategy is a change in one file.
/// </summary>
public static class BulkWriter
{
    /// <summary>Microsoft's suggested starting point for bulk requests on standard tables.</summary>
    public const int MaximumRowsPerRequest = 1000;

    public static IReadOnlyList<System.Guid> Create(IOrganizationService service, string table, IReadOnlyList<Entity> rows)
    {
        var ids = new List<System.Guid>();
        foreach (var chunk in QueryRunner.Chunks(rows, MaximumRowsPerRequest))
        {
            var response = (CreateMultipleResponse)service.Execute(new CreateMultipleRequest
            {
                Targets = new EntityCollection(chunk) { EntityName = table },
            });
            ids.AddRange(response.Ids ?? Array.Empty<System.Guid>());
        }
        return ids;
    }

    public static void Update(IOrganizationService service, string table, IReadOnlyList<Entity> rows)
    {
        foreach (var chunk in QueryRunner.Chunks(rows, MaximumRowsPerRequest))
        {
            service.Execute(new UpdateMultipleRequest
            {
                Targets = new EntityCollection(chunk.ToList()) { EntityName = table },
            });
        }
    }
}
