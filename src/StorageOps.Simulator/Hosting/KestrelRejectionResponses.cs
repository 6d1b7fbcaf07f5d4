using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.StepFunctions.Wire;

namespace StorageOps.Simulator.Hosting;

/// <summary>
/// Kestrel answers some requests itself, before any application code runs (an encoded NUL in the path, an invalid header), with a
/// bare 4xx and no error code. AWS answers those in the service's error shape, so the simulator rewrites them on the way out,
/// choosing the service from the rejected request's head.
/// </summary>
internal static class KestrelRejectionResponses
{
    private static readonly string[] DocDbElasticPathPrefixes = ["/cluster/", "/clusters", "/cluster-snapshot", "/tags/"];

    /// <summary>Kestrel connection middleware that puts <see cref="RecordingDuplexPipe"/> around every connection; rejected requests are logged too.</summary>
    public static Func<ConnectionDelegate, ConnectionDelegate> Middleware(SimulatorRequestLog log, TimeProvider clock) => next => async connection =>
    {
        var transport = connection.Transport;
        connection.Transport = new RecordingDuplexPipe(transport, log, clock);
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    };

    /// <summary>
    /// Whether <paramref name="written"/> is a whole response Kestrel produced on its own: a 4xx head with no body and none of the
    /// simulator's request id, which every response of the simulator carries.
    /// </summary>
    public static bool IsBareRejection(ReadOnlySpan<byte> written, out int statusCode)
    {
        statusCode = 0;
        var headEnd = written.IndexOf("\r\n\r\n"u8);
        if (!written.StartsWith("HTTP/1.1 4"u8) || headEnd < 0 || headEnd + 4 != written.Length)
        {
            return false;
        }

        var head = Encoding.Latin1.GetString(written[..headEnd]);
        return head.Contains("\r\nContent-Length: 0", StringComparison.OrdinalIgnoreCase)
            && !head.Contains(AwsRequestDispatcher.RequestIdHeader + ":", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(head.AsSpan(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out statusCode);
    }

    /// <summary>The service's own error for a request Kestrel rejected with <paramref name="statusCode"/>, as raw HTTP/1.1 bytes.</summary>
    public static async Task<byte[]> RenderAsync(int statusCode, byte[] requestHead, SimulatorRequestLog log, TimeProvider clock)
    {
        var (method, target, headers) = Parse(requestHead);
        var service = ServiceOf(target, headers);
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        log.Record(new RecordedRequest(RecordedRequest.ServiceNamed(service), null, method, queryStart < 0 ? target : target[..queryStart], statusCode, clock.GetUtcNow()));
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        context.Response.Headers[AwsRequestDispatcher.RequestIdHeader] = Guid.NewGuid().ToString();
        var reason = target.Contains("%00", StringComparison.Ordinal)
            ? "its path holds an encoded NUL character (%00)"
            : "its request line or headers are not valid HTTP";
        await ServiceErrorResponses.WriteAsync(context.Response, service, statusCode, ErrorCodeOf(statusCode, service), $"The request was rejected before it reached the service: {reason}.");

        var response = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {statusCode} {ReasonPhrases.GetReasonPhrase(statusCode)}\r\n");
        foreach (var (name, values) in context.Response.Headers)
        {
            response.Append(CultureInfo.InvariantCulture, $"{name}: {values}\r\n");
        }

        response.Append("Connection: close\r\n\r\n");
        return [.. Encoding.Latin1.GetBytes(response.ToString()), .. body.ToArray()];
    }

    private static (string Method, string Target, Dictionary<string, string> Headers) Parse(byte[] requestHead)
    {
        var lines = Encoding.Latin1.GetString(requestHead).Split("\r\n");
        var (method, target) = lines[0].Split(' ') is [var requestMethod, var requestTarget, ..] ? (requestMethod, requestTarget) : (string.Empty, string.Empty);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).TakeWhile(line => line.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        return (method, target, headers);
    }

    private static string? ServiceOf(string target, Dictionary<string, string> headers)
    {
        var scope = SigV4CredentialScope.FromAuthorizationHeader(headers.GetValueOrDefault("Authorization"))?.Service;
        return scope switch
        {
            "rds" => FaultRequestReader.Rds,
            "docdb-elastic" => FaultRequestReader.DocDbElastic,
            "states" => FaultRequestReader.StepFunctions,
            "elasticfilesystem" => FaultRequestReader.Efs,
            "ec2" => FaultRequestReader.Ec2,
            "events" => FaultRequestReader.Events,
            _ when headers.GetValueOrDefault("X-Amz-Target")?.StartsWith(StepFunctionsJsonHandler.TargetPrefix, StringComparison.Ordinal) == true => FaultRequestReader.StepFunctions,
            _ when headers.GetValueOrDefault("X-Amz-Target")?.StartsWith(EventBridge.Wire.EventBridgeJsonHandler.TargetPrefix, StringComparison.Ordinal) == true => FaultRequestReader.Events,
            _ when target.StartsWith("/2015-02-01/", StringComparison.Ordinal) => FaultRequestReader.Efs,
            _ when DocDbElasticPathPrefixes.Any(prefix => target.StartsWith(prefix, StringComparison.Ordinal)) => FaultRequestReader.DocDbElastic,
            _ when headers.GetValueOrDefault("Content-Type")?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true => FaultRequestReader.Rds,
            _ => null,
        };
    }

    private static string ErrorCodeOf(int statusCode, string? service) => statusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "RequestEntityTooLarge",
        StatusCodes.Status414UriTooLong => "RequestURITooLong",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "RequestHeaderFieldsTooLarge",
        _ => service switch
        {
            FaultRequestReader.Rds => "MalformedQueryString",
            FaultRequestReader.Ec2 => "InvalidParameterValue",
            FaultRequestReader.DocDbElastic => "ValidationException",
            FaultRequestReader.StepFunctions or FaultRequestReader.Events => "SerializationException",
            _ => "BadRequest",
        },
    };
}
