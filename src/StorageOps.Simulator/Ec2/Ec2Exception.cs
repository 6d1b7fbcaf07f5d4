using Microsoft.AspNetCore.Http;

namespace StorageOps.Simulator.Ec2;

/// <summary>An EC2 error as the query protocol returns it: a code, a message and an HTTP status (400 unless said otherwise).</summary>
public sealed class Ec2Exception : Exception
{
    public Ec2Exception(string errorCode, string message, int statusCode = StatusCodes.Status400BadRequest)
        : base(message)
    {
        ErrorCode = errorCode;
        StatusCode = statusCode;
    }

    public string ErrorCode { get; }

    public int StatusCode { get; }

    internal static Ec2Exception InvalidParameterValue(string message) => new(Ec2ErrorCodes.InvalidParameterValue, message);
}
