using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.DocDbElastic.Wire;
using StorageOps.Simulator.Ec2.Wire;
using StorageOps.Simulator.Efs.Wire;
using StorageOps.Simulator.EventBridge.Wire;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Rds.Wire;
using StorageOps.Simulator.StepFunctions.Wire;

namespace StorageOps.Simulator.Hosting;

/// <summary>Sends each HTTP request to the service whose wire protocol it speaks, in the caller's account and region.</summary>
internal sealed class AwsRequestDispatcher(SimulatorOptions options, SimulatorRequestLog log, EfsRestJsonHandler efs, RdsQueryHandler rds, DocDbElasticRestJsonHandler docDbElastic, StepFunctionsJsonHandler stepFunctions, Ec2QueryHandler ec2, EventBridgeJsonHandler eventBridge)
{
    public const string RequestIdHeader = "x-amzn-RequestId";

    /// <summary>The largest request body served; larger ones are read and answered 413. Kestrel closes connections past <see cref="MaxReadableBodyBytes"/>.</summary>
    public const long MaxRequestBodyBytes = 10 * 1024 * 1024;

    public const long MaxReadableBodyBytes = 64 * 1024 * 1024;

    private const string RequestEntityTooLarge = "RequestEntityTooLarge";

    private readonly FaultInjector faults = new(options.Faults, options.TimeProvider);

    public async Task DispatchAsync(HttpContext context)
    {
        var received = options.TimeProvider.GetUtcNow();
        string? faultService = null;
        try
        {
            faultService = await RouteAsync(context);
        }
        finally
        {
            log.Record(Describe(context, faultService, received));
        }
    }

    /// <summary>Serves the request; returns the service it was sent to, or null when no simulated service speaks its protocol.</summary>
    private async Task<string?> RouteAsync(HttpContext context)
    {
        string? routed = null;
        context.Response.Headers[RequestIdHeader] = Guid.NewGuid().ToString();
        var credentialScope = SigV4CredentialScope.FromAuthorizationHeader(context.Request.Headers.Authorization.ToString())
            ?? SigV4CredentialScope.Parse(context.Request.Query["X-Amz-Credential"].ToString());
        var scope = new AccountRegion(options.AccountId, credentialScope?.Region ?? options.DefaultRegion);
        var service = credentialScope?.Service;
        try
        {
            if (service == "rds")
            {
                routed = FaultRequestReader.Rds;
                await ServeAsync(context, routed, () => rds.HandleAsync(context, scope));
            }
            else if (service == "ec2")
            {
                routed = FaultRequestReader.Ec2;
                await ServeAsync(context, routed, () => ec2.HandleAsync(context, scope));
            }
            else if (service == "docdb-elastic")
            {
                routed = FaultRequestReader.DocDbElastic;
                await ServeAsync(context, routed, () => docDbElastic.HandleAsync(context, scope));
            }
            else if (service == "events" || (service is null && EventBridgeJsonHandler.Handles(context.Request)))
            {
                routed = FaultRequestReader.Events;
                await ServeAsync(context, routed, () => eventBridge.HandleAsync(context, scope));
            }
            else if (StepFunctionsJsonHandler.Handles(context.Request))
            {
                routed = FaultRequestReader.StepFunctions;
                await ServeAsync(context, routed, () => stepFunctions.HandleAsync(context, scope));
            }
            else if (EfsRestJsonHandler.Handles(context.Request))
            {
                routed = FaultRequestReader.Efs;
                await ServeAsync(context, routed, () => efs.HandleAsync(context, scope));
            }
            else if (DocDbElasticRestJsonHandler.Handles(context.Request))
            {
                routed = FaultRequestReader.DocDbElastic;
                await ServeAsync(context, routed, () => docDbElastic.HandleAsync(context, scope));
            }
            else if (await RdsQueryHandler.HandlesAsync(context.Request))
            {
                routed = FaultRequestReader.Rds;
                await ServeAsync(context, routed, () => rds.HandleAsync(context, scope));
            }
            // After RDS, which also answers the unsigned form posts it cannot read.
            else if (await Ec2QueryHandler.HandlesAsync(context.Request))
            {
                routed = FaultRequestReader.Ec2;
                await ServeAsync(context, routed, () => ec2.HandleAsync(context, scope));
            }
            else
            {
                await NotSimulatedResponses.UnknownRequestAsync(context, service);
            }
        }
        catch (BadHttpRequestException rejected) when (!context.Response.HasStarted)
        {
            // Kestrel's own limits (body size, malformed chunking) are the client's fault, so the answer is a 4xx in the service's shape.
            var code = rejected.StatusCode == StatusCodes.Status413PayloadTooLarge ? RequestEntityTooLarge : "BadRequest";
            await ServiceErrorResponses.WriteAsync(context.Response, routed, rejected.StatusCode, code, rejected.Message);
        }
        catch (Exception error) when (!context.Response.HasStarted && error is not OperationCanceledException)
        {
            // A simulator bug must reach the caller as a service error, not as a dropped connection.
            await ServiceErrorResponses.WriteInternalErrorAsync(context.Response, routed, $"The StorageOps simulator failed: {error.GetType().Name}: {error.Message}");
        }

        return routed;
    }

    private static RecordedRequest Describe(HttpContext context, string? faultService, DateTimeOffset received)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToUriComponent();
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        return new RecordedRequest(
            RecordedRequest.ServiceNamed(faultService),
            faultService is null ? null : FaultRequestReader.OperationOf(context, faultService),
            context.Request.Method,
            queryStart < 0 ? rawTarget : rawTarget[..queryStart],
            context.Response.StatusCode,
            received,
            SigningAccessKeyId(context.Request));
    }

    private static string? SigningAccessKeyId(HttpRequest request) =>
        (SigV4CredentialScope.FromAuthorizationHeader(request.Headers.Authorization.ToString())
            ?? SigV4CredentialScope.Parse(request.Query["X-Amz-Credential"].ToString()))?.AccessKeyId;

    private async Task ServeAsync(HttpContext context, string service, Func<Task> handle)
    {
        if (context.Request.ContentLength > MaxRequestBodyBytes)
        {
            // Read the body first: answering while the client is still sending would reach it as a reset connection.
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            await ServiceErrorResponses.WriteAsync(
                context.Response,
                service,
                StatusCodes.Status413PayloadTooLarge,
                RequestEntityTooLarge,
                $"The request body is {context.Request.ContentLength} bytes; the simulator accepts at most {MaxRequestBodyBytes}.");
        }
        else if (!await faults.TryFailAsync(context, service))
        {
            await handle();
        }
    }
}
