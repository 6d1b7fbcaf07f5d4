using StorageOps.Aws.Protocol.AwsJson;

namespace StorageOps.Aws.StepFunctions;

/// <summary>
/// AWS Step Functions over awsJson1_0 on AWSSDK.Core: credentials (default chain unless given), SigV4, standard retries,
/// clock skew correction, typed errors. <c>new StepFunctionsClient(new AwsClientSettings { Region = "us-east-1" })</c>.
/// </summary>
public sealed class StepFunctionsClient : IStepFunctionsClient, IDisposable
{
    private readonly AwsJsonClient client;

    public StepFunctionsClient(AwsClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        client = new AwsJsonClient(StepFunctionsService.Description, StepFunctionsService.TargetPrefix, StepFunctionsService.Errors, settings);
    }

    public Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(StepFunctionsOperations.StartExecution, request, cancellationToken);

    public Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(StepFunctionsOperations.DescribeExecution, request, cancellationToken);

    public Task<ListExecutionsResponse> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(StepFunctionsOperations.ListExecutions, request, cancellationToken);

    public Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(StepFunctionsOperations.StopExecution, request, cancellationToken);

    /// <summary>Not on <see cref="IStepFunctionsClient"/>: no workflow needs it; the command line lists what ran.</summary>
    public Task<ListStateMachinesResponse> ListStateMachinesAsync(ListStateMachinesRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(StepFunctionsOperations.ListStateMachines, request, cancellationToken);

    /// <summary>Not on <see cref="IStepFunctionsClient"/>: no workflow needs it; the command line shows an execution's events.</summary>
    public Task<GetExecutionHistoryResponse> GetExecutionHistoryAsync(GetExecutionHistoryRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(StepFunctionsOperations.GetExecutionHistory, request, cancellationToken);

    public IAsyncEnumerable<ExecutionListItem> ListAllExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken = default) =>
        StepFunctionsPaginators.ListAllExecutions(this, request, cancellationToken);

    public void Dispose() => client.Dispose();
}
