using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.DocDbElastic.Wire;
using StorageOps.Simulator.Efs.Wire;
using StorageOps.Simulator.Rds.Wire;
using StorageOps.Simulator.StepFunctions.Wire;

namespace StorageOps.Simulator.Hosting;

/// <summary>Sends each HTTP request to the service whose wire protocol it speaks, in the caller's account and region.</summary>
internal sealed class AwsRequestDispatcher(SimulatorOptions options, EfsRestJsonHandler efs, RdsQueryHandler rds, DocDbElasticRestJsonHandler docDbElastic, StepFunctionsJsonHandler stepFunctions)
{
    public const string RequestIdHeader = "x-amzn-RequestId";

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
                await rds.HandleAsync(context, scope);
            }
            else if (service == "docdb-elastic")
            {
                await docDbElastic.HandleAsync(context, scope);
            }
            else if (StepFunctionsJsonHandler.Handles(context.Request))
            {
                await stepFunctions.HandleAsync(context, scope);
            }
            else if (EfsRestJsonHandler.Handles(context.Request))
            {
                await efs.HandleAsync(context, scope);
            }
            else if (DocDbElasticRestJsonHandler.Handles(context.Request))
            {
                await docDbElastic.HandleAsync(context, scope);
            }
            else if (await RdsQueryHandler.HandlesAsync(context.Request))
            {
                await rds.HandleAsync(context, scope);
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
}
