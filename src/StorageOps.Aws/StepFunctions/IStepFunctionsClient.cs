namespace StorageOps.Aws.StepFunctions;

/// <summary>AWS Step Functions execution operations, as the workflows call them. Implemented on the wire by <see cref="StepFunctionsClient"/>.</summary>
public interface IStepFunctionsClient
{
    /// <exception cref="ExecutionAlreadyExistsException">The name is taken by an execution with different input.</exception>
    /// <exception cref="StateMachineDoesNotExistException">No such state machine.</exception>
    /// <exception cref="InvalidExecutionInputException">The input is not valid JSON.</exception>
    Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="ExecutionDoesNotExistException">No such execution.</exception>
    Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="StateMachineDoesNotExistException">No such state machine.</exception>
    Task<ListExecutionsResponse> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="ExecutionDoesNotExistException">No such execution.</exception>
    Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every execution matching <paramref name="request"/>, following nextToken until the last page.</summary>
    /// <remarks>Implemented once over <see cref="ListExecutionsAsync"/>, so test doubles get it for free.</remarks>
    IAsyncEnumerable<ExecutionListItem> ListAllExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken = default) =>
        StepFunctionsPaginators.ListAllExecutions(this, request, cancellationToken);
}
