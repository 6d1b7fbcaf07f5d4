using System.Text.Json.Serialization;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Aws.Efs;

namespace StorageOps.Functions.Errors;

/// <summary>
/// The error body Lambda returns for a failed invocation; Step Functions takes <see cref="ErrorType"/> as the
/// error name and this whole document, as JSON text, as the cause.
/// </summary>
public sealed record LambdaErrorDocument(
    [property: JsonPropertyName("errorType")] string ErrorType,
    [property: JsonPropertyName("errorMessage")] string ErrorMessage,
    [property: JsonPropertyName("stackTrace")] IReadOnlyList<string> StackTrace)
{
    private static readonly HashSet<string> ThrottlingCodes =
    [
        "ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded",
        "ProvisionedThroughputExceededException", "RequestThrottled", "RequestThrottledException",
    ];

    public static LambdaErrorDocument From(Exception exception)
    {
        var (errorType, message) = exception switch
        {
            StorageOpsException known => (known.ErrorType, known.Message),
            AwsRequestValidationException invalid => (ErrorNames.ValidationError, $"{invalid.ParamName}: {invalid.Reason}"),
            FileSystemNotFoundException notFound => (ErrorNames.FileSystemNotFound, notFound.Message),
            AmazonServiceException service when ThrottlingCodes.Contains(service.ErrorCode ?? "") =>
                (ErrorNames.Throttled, $"{service.ErrorCode}: {service.Message}"),
            AmazonServiceException service =>
                (ErrorNames.AwsServiceError, $"{service.ErrorCode ?? "UnknownError"} (HTTP {(int)service.StatusCode}): {service.Message}"),
            _ => (ErrorNames.InternalError, $"{exception.GetType().Name}: {exception.Message}"),
        };
        var stackTrace = (exception.StackTrace ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new LambdaErrorDocument(errorType, message, stackTrace);
    }
}
