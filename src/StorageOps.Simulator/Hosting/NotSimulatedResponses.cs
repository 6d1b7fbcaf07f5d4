using Microsoft.AspNetCore.Http;

namespace StorageOps.Simulator.Hosting;

/// <summary>Answers requests the simulator cannot serve with an error that says exactly what is missing.</summary>
internal static class NotSimulatedResponses
{
    public const string OperationNotSimulated = "NotImplemented";
    public const string UnknownOperation = "UnknownOperationException";

    public static Task OperationAsync(HttpContext context, string service, string operation) =>
        JsonResponses.WriteErrorAsync(
            context.Response,
            StatusCodes.Status501NotImplemented,
            OperationNotSimulated,
            $"The StorageOps simulator does not simulate {service} {operation} ({Describe(context.Request)}) yet.");

    public static Task UnknownRequestAsync(HttpContext context, string? serviceFromCredentialScope)
    {
        var request = context.Request;
        var target = request.Headers["X-Amz-Target"].ToString();
        var what = target.Length > 0 ? $"{target} ({Describe(request)})" : Describe(request);
        var service = serviceFromCredentialScope is null ? string.Empty : $" for service '{serviceFromCredentialScope}'";
        return JsonResponses.WriteErrorAsync(
            context.Response,
            StatusCodes.Status404NotFound,
            UnknownOperation,
            $"The StorageOps simulator has no operation {what}{service}. Simulated services: EFS, RDS (DB clusters and cluster snapshots), DocumentDB Elastic, Step Functions, EC2 (read only), EventBridge (PutEvents).");
    }

    private static string Describe(HttpRequest request) => $"{request.Method} {request.Path}";
}
