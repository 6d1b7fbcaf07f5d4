using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.DocDbElastic.Wire;
using StorageOps.Simulator.Efs.Wire;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Rds.Wire;
using StorageOps.Simulator.StepFunctions.Wire;

namespace StorageOps.Simulator.Hosting;

/// <summary>Sends each HTTP request to the service whose wire protocol it speaks, in the caller's account and region.</summary>
internal sealed class AwsRequestDispatcher(SimulatorOptions options, EfsRestJsonHandler efs, RdsQueryHandler rds, DocDbElasticRestJsonHandler docDbElastic, StepFunctionsJsonHandler stepFunctions)
{
    public const string RequestIdHeader = "x-amzn-RequestId";

    private readonly FaultInjector faults = new(options.Faults);

    public async Task DispatchAsync(HttpContext context)
    {
        context.Response.Headers[RequestIdHeader] = Guid.NewGuid().ToString();
        var credentialScope = SigV4CredentialScope.FromAuthorizationHeader(context.Request.Headers.Authorization.ToString())
            ?? SigV4CredentialScope.Parse(context.Request.Query["X-Amz-Credential"].ToString());
        var scope = new AccountRegion(options.AccountId, credentialScope?.Region ?? options.DefaultRegion);
        var service = credentialScope?.Service;
        try
        {
            if (service == "rds")
            {
                await ServeAsync(context, FaultRequestReader.Rds, () => rds.HandleAsync(context, scope));
            }
            else if (service == "docdb-elastic")
            {
                await ServeAsync(context, FaultRequestReader.DocDbElastic, () => docDbElastic.HandleAsync(context, scope));
            }
            else if (StepFunctionsJsonHandler.Handles(context.Request))
            {
                await ServeAsync(context, FaultRequestReader.StepFunctions, () => stepFunctions.HandleAsync(context, scope));
            }
            else if (EfsRestJsonHandler.Handles(context.Request))
            {
                await ServeAsync(context, FaultRequestReader.Efs, () => efs.HandleAsync(context, scope));
            }
            else if (DocDbElasticRestJsonHandler.Handles(context.Request))
            {
                await ServeAsync(context, FaultRequestReader.DocDbElastic, () => docDbElastic.HandleAsync(context, scope));
            }
            else if (await RdsQueryHandler.HandlesAsync(context.Request))
            {
                await ServeAsync(context, FaultRequestReader.Rds, () => rds.HandleAsync(context, scope));
            }
            else
            {
                await NotSimulatedResponses.UnknownRequestAsync(context, service);
            }
        }
        catch (Exception error) when (!context.Response.HasStarted && error is not OperationCanceledException)
        {
            // A simulator bug must reach the caller as a service error, not as a dropped connection.
            await JsonResponses.WriteErrorAsync(
                context.Response,
                StatusCodes.Status500InternalServerError,
                "InternalServerError",
                $"The StorageOps simulator failed: {error.GetType().Name}: {error.Message}");
        }
    }

    private async Task ServeAsync(HttpContext context, string service, Func<Task> handle)
    {
        if (!await faults.TryFailAsync(context, service))
        {
            await handle();
        }
    }
}
