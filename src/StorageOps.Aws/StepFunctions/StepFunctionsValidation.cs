using System.Text.RegularExpressions;
using StorageOps.Aws.Protocol.Validation;

namespace StorageOps.Aws.StepFunctions;

/// <summary>The documented Step Functions constraints, checked before a request is sent.</summary>
internal static partial class StepFunctionsValidation
{
    private const int MaxInputBytes = 256 * 1024;
    private static readonly string[] ExecutionStatuses = ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"];
    private static readonly string[] IncludedDataValues = ["ALL_DATA", "METADATA_ONLY"];
    private static readonly string[] RedriveFilters = ["REDRIVEN", "NOT_REDRIVEN"];

    public static void StartExecution(StartExecutionRequest request)
    {
        Arn(nameof(request.StateMachineArn), RequestRules.Required(nameof(request.StateMachineArn), request.StateMachineArn));
        ExecutionName(nameof(request.Name), request.Name);
        RequestRules.Length(nameof(request.TraceHeader), request.TraceHeader, 0, 256);
        if (request.Input is not null && System.Text.Encoding.UTF8.GetByteCount(request.Input) > MaxInputBytes)
        {
            throw new AwsRequestValidationException(nameof(request.Input), "must be at most 256 KiB of UTF-8.");
        }
    }

    public static void DescribeExecution(DescribeExecutionRequest request)
    {
        Arn(nameof(request.ExecutionArn), RequestRules.Required(nameof(request.ExecutionArn), request.ExecutionArn));
        RequestRules.OneOf(nameof(request.IncludedData), request.IncludedData, IncludedDataValues);
    }

    public static void ListExecutions(ListExecutionsRequest request)
    {
        RequestRules.NotBoth(nameof(request.StateMachineArn), request.StateMachineArn, nameof(request.MapRunArn), request.MapRunArn);
        if (request.StateMachineArn is null && request.MapRunArn is null)
        {
            throw new AwsRequestValidationException(nameof(request.StateMachineArn), "is required (or MapRunArn).");
        }

        Arn(nameof(request.StateMachineArn), request.StateMachineArn);
        RequestRules.Length(nameof(request.MapRunArn), request.MapRunArn, 1, 2000);
        RequestRules.OneOf(nameof(request.StatusFilter), request.StatusFilter, ExecutionStatuses);
        RequestRules.OneOf(nameof(request.RedriveFilter), request.RedriveFilter, RedriveFilters);
        if (request.MaxResults is < 0 or > 1000)
        {
            throw new AwsRequestValidationException(nameof(request.MaxResults), $"must be 0 to 1000 (is {request.MaxResults}).");
        }

        RequestRules.Length(nameof(request.NextToken), request.NextToken, 1, 3096);
    }

    public static void ListStateMachines(ListStateMachinesRequest request)
    {
        MaxResults(nameof(request.MaxResults), request.MaxResults);
        RequestRules.Length(nameof(request.NextToken), request.NextToken, 1, 1024);
    }

    public static void GetExecutionHistory(GetExecutionHistoryRequest request)
    {
        Arn(nameof(request.ExecutionArn), RequestRules.Required(nameof(request.ExecutionArn), request.ExecutionArn));
        MaxResults(nameof(request.MaxResults), request.MaxResults);
        RequestRules.Length(nameof(request.NextToken), request.NextToken, 1, 3096);
    }

    private static void MaxResults(string name, int? maxResults)
    {
        if (maxResults is < 0 or > 1000)
        {
            throw new AwsRequestValidationException(name, $"must be 0 to 1000 (is {maxResults}).");
        }
    }

    public static void StopExecution(StopExecutionRequest request)
    {
        Arn(nameof(request.ExecutionArn), RequestRules.Required(nameof(request.ExecutionArn), request.ExecutionArn));
        RequestRules.Length(nameof(request.Error), request.Error, 0, 256);
        RequestRules.Length(nameof(request.Cause), request.Cause, 0, 32768);
    }

    /// <summary>
    /// Execution names: 1–80 characters without white space, brackets, wildcards, control characters or any of
    /// <c>" # % \ ^ | ~ ` $ &amp; , ; : /</c>.
    /// </summary>
    public static void ExecutionName(string parameter, string? name)
    {
        RequestRules.Length(parameter, name, 1, 80);
        if (name is not null && !ExecutionNamePattern().IsMatch(name))
        {
            throw new AwsRequestValidationException(parameter, "must not contain white space, brackets, wildcards, control characters or \" # % \\ ^ | ~ ` $ & , ; : /.");
        }
    }

    /// <summary>ARNs: 1 to 256 characters, all the model's <c>Arn</c> shape says (the service checks the rest).</summary>
    private static void Arn(string parameter, string? arn) => RequestRules.Length(parameter, arn, 1, 256);

    [GeneratedRegex(@"^[^\s<>{}\[\]?*""#%\\^|~`$&,;:/\u0000-\u001F\u007F-\u009F]+$")]
    private static partial Regex ExecutionNamePattern();
}
