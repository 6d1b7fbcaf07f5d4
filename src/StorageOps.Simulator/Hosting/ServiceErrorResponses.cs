using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Ec2.Wire;
using StorageOps.Simulator.EventBridge.Wire;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Rds.Wire;
using StorageOps.Simulator.StepFunctions.Wire;

namespace StorageOps.Simulator.Hosting;

/// <summary>
/// Writes an error in the wire shape of the service a request was sent to: RDS an awsQuery <c>ErrorResponse</c> document, Step Functions
/// an awsJson1_0 <c>__type</c>, DocumentDB Elastic and EFS restJson1 with the code in <c>x-amzn-ErrorType</c>.
/// </summary>
internal static class ServiceErrorResponses
{
    public const string StepFunctionsErrorTypePrefix = "com.amazonaws.swf.service.v2.model#";

    /// <param name="service">One of the <see cref="FaultRequestReader"/> service names, or null when no service was recognised (then restJson1, as EFS).</param>
    public static Task WriteAsync(HttpResponse response, string? service, int statusCode, string errorCode, string message)
    {
        switch (service)
        {
            case FaultRequestReader.Rds:
                return RdsXmlResponses.WriteErrorAsync(response, statusCode, errorCode, message, statusCode >= StatusCodes.Status500InternalServerError ? "Receiver" : "Sender");
            case FaultRequestReader.Ec2:
                return Ec2XmlResponses.WriteErrorAsync(response, statusCode, errorCode, message);
            case FaultRequestReader.DocDbElastic:
                response.Headers[JsonResponses.ErrorTypeHeader] = errorCode;
                return JsonResponses.WriteAsync(response, statusCode, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("message", message);
                    writer.WriteEndObject();
                });
            case FaultRequestReader.StepFunctions:
                return JsonResponses.WriteAsync(
                    response,
                    statusCode,
                    writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("__type", StepFunctionsErrorTypePrefix + errorCode);
                        writer.WriteString("message", message);
                        writer.WriteEndObject();
                    },
                    StepFunctionsJsonHandler.ContentType);
            case FaultRequestReader.Events:
                return EventBridgeJsonHandler.WriteErrorAsync(response, statusCode, errorCode, message);
            default:
                return JsonResponses.WriteErrorAsync(response, statusCode, errorCode, message);
        }
    }

    /// <summary>A 500 with the code each service uses for its own failures.</summary>
    public static Task WriteInternalErrorAsync(HttpResponse response, string? service, string message) =>
        WriteAsync(response, service, StatusCodes.Status500InternalServerError, InternalErrorCodeOf(service), message);

    private static string InternalErrorCodeOf(string? service) => service switch
    {
        FaultRequestReader.Rds or FaultRequestReader.StepFunctions => "InternalFailure",
        FaultRequestReader.Ec2 => "InternalError",
        FaultRequestReader.DocDbElastic => "InternalServerException",
        FaultRequestReader.Events => "InternalException",
        _ => "InternalServerError",
    };
}
