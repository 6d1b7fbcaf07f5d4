using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Hosting;

namespace StorageOps.Simulator.Faults;

/// <summary>An injected fault as the service itself reports it: its own error code, HTTP status and error format.</summary>
internal static class FaultResponses
{
    public static Task WriteAsync(HttpResponse response, string service, FaultKind kind)
    {
        if (kind != FaultKind.Throttling)
        {
            return ServiceErrorResponses.WriteInternalErrorAsync(response, service, "An internal error occurred (injected by a StorageOps simulator fault rule).");
        }

        const string RateExceeded = "Rate exceeded";
        return service switch
        {
            FaultRequestReader.Rds => ServiceErrorResponses.WriteAsync(response, service, StatusCodes.Status400BadRequest, "Throttling", RateExceeded),
            FaultRequestReader.StepFunctions or FaultRequestReader.Events => ServiceErrorResponses.WriteAsync(response, service, StatusCodes.Status400BadRequest, "ThrottlingException", RateExceeded),
            FaultRequestReader.Ec2 => ServiceErrorResponses.WriteAsync(response, service, StatusCodes.Status503ServiceUnavailable, "RequestLimitExceeded", "Request limit exceeded."),
            _ => ServiceErrorResponses.WriteAsync(response, service, StatusCodes.Status429TooManyRequests, "ThrottlingException", RateExceeded),
        };
    }
}
