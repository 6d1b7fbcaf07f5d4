using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Functions.Errors;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Definition;
using YamlDotNet.Core;

namespace StorageOps.Local.Cli;

/// <summary>What <c>storageops</c> prints on one line of standard error, and the exit code it returns, for a failure.</summary>
public sealed record CommandFailure(int ExitCode, string Message)
{
    public const string VerboseHint = "run again with --verbose for the stack trace";

    public static CommandFailure From(Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => new(ExitCodes.Cancelled, "storageops: cancelled."),
            UsageException usage => Tool(ExitCodes.Usage, $"{usage.Message} Run 'storageops help' for usage."),
            IOException or UnauthorizedAccessException => Tool(ExitCodes.Usage, exception.Message),
            InvalidInputException invalid => Tool(ExitCodes.Validation, $"{invalid.ErrorType}: {invalid.Message}"),
            TemplateException or InvalidDefinitionException or InvalidFileException => Tool(ExitCodes.Validation, exception.Message),
            YamlException yaml => Tool(ExitCodes.Validation, $"the template is not valid YAML: {yaml.Message}"),
            WorkflowFailedException failed => Tool(ExitCodes.WorkflowFailed, failed.Message),
            AmazonServiceException service => Aws($"{service.ErrorCode ?? "UnknownError"} (HTTP {(int)service.StatusCode}): {service.Message}"),
            AwsRequestValidationException invalid => Aws($"ValidationError: {invalid.ParamName}: {invalid.Reason} (nothing was sent)"),
            HttpRequestException unreachable => Aws($"RequestFailed: the endpoint could not be reached: {unreachable.Message}"),
            TaskCanceledException { InnerException: TimeoutException } => Aws("RequestTimeout: AWS did not answer in time."),
            AmazonClientException client => Aws($"{client.GetType().Name}: {client.Message}"),
            _ => Tool(ExitCodes.Internal, $"internal error: {exception.GetType().Name}: {exception.Message} ({VerboseHint})"),
        };
    }

    private static CommandFailure Tool(int exitCode, string message) => new(exitCode, OneLine($"storageops: {message}"));

    /// <summary>As docs/aws-clients.md documents for <c>api</c>: <c>Code (HTTP status): message</c>.</summary>
    private static CommandFailure Aws(string message) => new(ExitCodes.AwsError, OneLine(message));

    private static string OneLine(string text) =>
        string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
