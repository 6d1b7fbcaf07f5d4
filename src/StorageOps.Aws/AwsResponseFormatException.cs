using System.Net;
using Amazon.Runtime;

namespace StorageOps.Aws;

/// <summary>
/// The service answered, but its response could not be read: the body is not the protocol's format (JSON object, XML),
/// or <see cref="Member"/> is present with the wrong type. The service has already acted on the request, so it is never
/// retried. Absent members are not errors: they read as null or empty, as the official SDKs read them.
/// </summary>
public sealed class AwsResponseFormatException : AmazonServiceException
{
    public AwsResponseFormatException(
        string serviceId, string operation, string? member, string reason, string? requestId, HttpStatusCode statusCode, Exception? innerException)
        : base(Describe(serviceId, operation, member, reason, requestId), innerException, ErrorType.Receiver, errorCode: null, requestId, statusCode)
    {
        ServiceId = serviceId;
        Operation = operation;
        Member = member;
        Reason = reason;
    }

    public AwsResponseFormatException()
        : this("(unknown)", "(unknown)", null, "unreadable response", null, HttpStatusCode.OK, null)
    {
    }

    public AwsResponseFormatException(string message)
        : base(message)
    {
        ServiceId = "(unknown)";
        Operation = "(unknown)";
        Reason = message;
    }

    public AwsResponseFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        ServiceId = "(unknown)";
        Operation = "(unknown)";
        Reason = message;
    }

    /// <summary>The model's <c>serviceId</c>, e.g. <c>EFS</c>.</summary>
    public string ServiceId { get; }

    /// <summary>The API operation whose response this was, e.g. <c>CreateFileSystem</c>.</summary>
    public string Operation { get; }

    /// <summary>The member path with the wrong type, e.g. <c>FileSystems[0].SizeInBytes.Value</c>; null when the whole body is unreadable.</summary>
    public string? Member { get; }

    /// <summary>What was wrong, in words.</summary>
    public string Reason { get; }

    private static string Describe(string serviceId, string operation, string? member, string reason, string? requestId) =>
        $"{serviceId} {operation} response{(member is null ? string.Empty : $" member '{member}'")}: {reason} (request id {requestId ?? "unknown"}).";
}
