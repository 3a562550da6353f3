using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>
/// How plugins and workflow activities fail: a refused rule becomes an
/// <see cref="InvalidPluginExecutionException"/> with the rule's own words (what the user sees), a
/// Dataverse fault is traced and reported with its message, and anything else surfaces unchanged.
/// </summary>
public static class UserFacingFailures
{
    public static void Run(string component, ITracingService tracing, Action work)
    {
        try
        {
            work();
        }
        catch (InvalidPluginExecutionException)
        {
            throw;
        }
        catch (RuleViolationException violation)
        {
            throw new InvalidPluginExecutionException(violation.Message);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            tracing.Trace("Dataverse fault {0}: {1}", fault.Detail.ErrorCode, fault.Detail.Message);
            throw new InvalidPluginExecutionException(component + " failed: " + fault.Detail.Message, fault);
        }
    }
}
