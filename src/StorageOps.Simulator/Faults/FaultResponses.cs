using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Hosting;
using StorageOps.Simulator.Rds.Wire;

namespace StorageOps.Simulator.Faults;

/// <summary>An injected fault as the service itself reports it: its own error code, HTTP status and error format.</summary>
internal static class FaultResponses
{
    private const string StepFunctionsErrorTypePrefix = "com.amazonaws.swf.service.v2.model#";

    public static Task WriteAsync(HttpResponse response, string service, FaultKind kind)
    {
        var throttled = kind == FaultKind.Throttling;
        var message = throttled ? "Rate exceeded" : "An internal error occurred (injected by a StorageOps simulator fault rule).";
        switch (service)
        {
            case FaultRequestReader.Rds:
                return throttled
                    ? RdsXmlResponses.WriteErrorAsync(response, StatusCodes.Status400BadRequest, "Throttling", message)
                    : RdsXmlResponses.WriteErrorAsync(response, StatusCodes.Status500InternalServerError, "InternalFailure", message, "Receiver");
            case FaultRequestReader.DocDbElastic:
                var errorType = throttled ? "ThrottlingException" : "InternalServerException";
                response.Headers[JsonResponses.ErrorTypeHeader] = errorType;
                return JsonResponses.WriteAsync(response, throttled ? StatusCodes.Status429TooManyRequests : StatusCodes.Status500InternalServerError, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("message", message);
                    writer.WriteEndObject();
                });
            case FaultRequestReader.StepFunctions:
                var body = new JsonObject
                {
                    ["__type"] = StepFunctionsErrorTypePrefix + (throttled ? "ThrottlingException" : "InternalFailure"),
                    ["message"] = message,
                };
                return JsonResponses.WriteAsync(response, throttled ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError, writer => body.WriteTo(writer));
            default:
                return throttled
                    ? JsonResponses.WriteErrorAsync(response, StatusCodes.Status429TooManyRequests, "ThrottlingException", message)
                    : JsonResponses.WriteErrorAsync(response, StatusCodes.Status500InternalServerError, "InternalServerError", message);
        }
    }
}
