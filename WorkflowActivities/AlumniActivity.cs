using System;
using System.Activities;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace AlumniCrm.WorkflowActivities;

/// <summary>
/// What every alumni activity shares: the Dataverse services come from the workflow's extensions,
/// and a rule violation becomes <see cref="InvalidPluginExecutionException"/> with the rule's own
/// message, exactly as in the plugins. Holds no state: Dataverse caches one instance and runs it on
/// many threads, so everything an activity needs is obtained from the context of the current run.
/// </summary>
public abstract class AlumniActivity : CodeActivity
{
    protected sealed override void Execute(CodeActivityContext context)
    {
        var workflow = Require<IWorkflowContext>(context);
        var tracing = Require<ITracingService>(context);
        tracing.Trace("{0}: {1} of {2} {3}, depth {4}", GetType().Name, workflow.MessageName, workflow.PrimaryEntityName, workflow.PrimaryEntityId, workflow.Depth);
        UserFacingFailures.Run(GetType().Name, tracing, () => Run(context));
    }

    /// <summary>Reads the inputs, calls the shared service or rule, sets the outputs. Nothing else.</summary>
    protected abstract void Run(CodeActivityContext context);

    /// <summary>Acts as the user the process runs as: their privileges apply.</summary>
    protected static IOrganizationService UserService(CodeActivityContext context) =>
        Require<IOrganizationServiceFactory>(context).CreateOrganizationService(Require<IWorkflowContext>(context).UserId);

    /// <summary>Acts as SYSTEM, where the plugins do the same work as SYSTEM (enrolment, whole-ledger answers).</summary>
    protected static IOrganizationService SystemService(CodeActivityContext context) =>
        Require<IOrganizationServiceFactory>(context).CreateOrganizationService(null);

    /// <summary>The time of the operation that started the process (as the plugins use it), else now.</summary>
    protected static DateTime UtcNow(CodeActivityContext context)
    {
        var created = Require<IWorkflowContext>(context).OperationCreatedOn;
        return created == default ? DateTime.UtcNow : created;
    }

    /// <summary>A reference input that a dynamic value left empty cannot be acted on: say which one.</summary>
    protected static EntityReference Required(CodeActivityContext context, InArgument<EntityReference> argument, string displayName) =>
        argument.Get(context) ?? throw new InvalidPluginExecutionException("The input '" + displayName + "' is empty, so the step cannot run.");

    protected static int RequiredChoice(CodeActivityContext context, InArgument<OptionSetValue> argument, string displayName) =>
        (argument.Get(context) ?? throw new InvalidPluginExecutionException("The input '" + displayName + "' is empty, so the step cannot run.")).Value;

    /// <summary>An empty date input (the designer's "no value") as null.</summary>
    protected static DateTime? Optional(CodeActivityContext context, InArgument<DateTime> argument)
    {
        var value = argument.Get(context);
        return value == default ? (DateTime?)null : value;
    }

    /// <summary>
    /// Throws, as the custom APIs do, when the user the process runs as may not read the person:
    /// answers computed as SYSTEM never reveal more than the user could see.
    /// </summary>
    protected static void EnsureUserCanRead(CodeActivityContext context, EntityReference person) =>
        UserService(context).Retrieve(Schema.Contact.Table, person.Id, new ColumnSet(Schema.Contact.Id));

    private static T Require<T>(CodeActivityContext context) where T : class =>
        context.GetExtension<T>() ?? throw new InvalidPluginExecutionException("The workflow host did not provide " + typeof(T).Name + ".");
}
