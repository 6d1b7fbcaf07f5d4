using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Errors;

/// <summary>
/// The error body Lambda returns for a failed invocation; Step Functions takes <see cref="ErrorType"/> as the
/// error name and this whole document, as JSON text, as the cause. A named error is an expected outcome and carries
/// only its name and message; an unexpected exception also carries its stack trace.
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

    /// <summary>False for a named <c>StorageOps.*</c> outcome; true for an exception nothing anticipated (<c>StorageOps.InternalError</c>).</summary>
    [JsonIgnore]
    public bool IsUnexpected => ErrorType == ErrorNames.InternalError;

    /// <summary>The one place an exception becomes an error document, for the Runtime API loop and the local invoker alike.</summary>
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
        var stackTrace = errorType == ErrorNames.InternalError
            ? (exception.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new LambdaErrorDocument(errorType, message, stackTrace);
    }

    public string ToJson() => JsonSerializer.Serialize(this, FunctionsJsonContext.Default.LambdaErrorDocument);
}
