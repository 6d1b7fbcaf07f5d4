using System.Net;
using StorageOps.Aws.StepFunctions;
using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Tests.Requests;

/// <summary>Step Functions' execution naming as AWS documents it: a name taken by any execution is ExecutionAlreadyExists, unless it is running with the same input.</summary>
internal sealed class InMemoryStepFunctions : IStepFunctionsClient
{
    private readonly Dictionary<string, (string Input, bool Running)> executions = new(StringComparer.Ordinal);

    public RegionalClients<IStepFunctionsClient> InHomeRegion() => new("us-east-1", _ => this);

    public List<string> Calls { get; } = [];

    public List<StartExecutionRequest> Started { get; } = [];

    public Exception? NextStartFailure { get; set; }

    public int ExecutionCount => executions.Count;

    public void Finish(string executionArn) => executions[executionArn] = executions[executionArn] with { Running = false };

    public Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("StartExecution");
        if (NextStartFailure is { } failure)
        {
            NextStartFailure = null;
            throw failure;
        }

        var executionArn = $"{request.StateMachineArn.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal)}:{request.Name}";
        if (executions.TryGetValue(executionArn, out var existing))
        {
            if (existing.Running && existing.Input == request.Input)
            {
                return Task.FromResult(new StartExecutionResponse(executionArn, DateTimeOffset.UnixEpoch));
            }

            throw new ExecutionAlreadyExistsException($"Execution Already Exists: '{executionArn}'", "req", HttpStatusCode.BadRequest);
        }

        executions[executionArn] = (request.Input!, Running: true);
        Started.Add(request);
        return Task.FromResult(new StartExecutionResponse(executionArn, DateTimeOffset.UnixEpoch));
    }

    public Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("DescribeExecution");
        return executions.TryGetValue(request.ExecutionArn, out var execution)
            ? Task.FromResult(new DescribeExecutionResponse { ExecutionArn = request.ExecutionArn, Input = execution.Input, Status = execution.Running ? "RUNNING" : "SUCCEEDED" })
            : throw new ExecutionDoesNotExistException($"Execution Does Not Exist: '{request.ExecutionArn}'", "req", HttpStatusCode.BadRequest);
    }

    public Task<ListExecutionsResponse> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the router never lists executions");

    public Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the router never stops executions");
}
