using StorageOps.Aws.Protocol.AwsJson;

namespace StorageOps.Aws.StepFunctions;

/// <summary>
/// Step Functions operations, declared from the 2016-11-23 service model (members, output shape, <c>errors</c>).
/// Adding an operation is one definition here plus its wire test.
/// </summary>
internal static class StepFunctionsOperations
{
    public static AwsJsonOperation<StartExecutionRequest, StartExecutionResponse> StartExecution { get; } =
        AwsJsonOperation<StartExecutionRequest, StartExecutionResponse>
            .Define("StartExecution")
            .Member("stateMachineArn", r => r.StateMachineArn)
            .Member("name", r => r.Name)
            .Member("input", r => r.Input)
            .Member("traceHeader", r => r.TraceHeader)
            .Validate(StepFunctionsValidation.StartExecution)
            .Output(StepFunctionsShapes.ReadStartExecutionResponse)
            .Errors(
                "ExecutionLimitExceeded",
                "ExecutionAlreadyExists",
                "InvalidArn",
                "InvalidExecutionInput",
                "InvalidName",
                "StateMachineDoesNotExist",
                "StateMachineDeleting",
                "ValidationException",
                "KmsAccessDeniedException",
                "KmsInvalidStateException",
                "KmsThrottlingException");

    public static AwsJsonOperation<DescribeExecutionRequest, DescribeExecutionResponse> DescribeExecution { get; } =
        AwsJsonOperation<DescribeExecutionRequest, DescribeExecutionResponse>
            .Define("DescribeExecution")
            .Member("executionArn", r => r.ExecutionArn)
            .Member("includedData", r => r.IncludedData)
            .Validate(StepFunctionsValidation.DescribeExecution)
            .Output(StepFunctionsShapes.ReadDescribeExecutionResponse)
            .Errors("ExecutionDoesNotExist", "InvalidArn", "KmsAccessDeniedException", "KmsInvalidStateException", "KmsThrottlingException");

    public static AwsJsonOperation<ListExecutionsRequest, ListExecutionsResponse> ListExecutions { get; } =
        AwsJsonOperation<ListExecutionsRequest, ListExecutionsResponse>
            .Define("ListExecutions")
            .Member("stateMachineArn", r => r.StateMachineArn)
            .Member("statusFilter", r => r.StatusFilter)
            .Member("maxResults", r => r.MaxResults)
            .Member("nextToken", r => r.NextToken)
            .Member("mapRunArn", r => r.MapRunArn)
            .Member("redriveFilter", r => r.RedriveFilter)
            .Validate(StepFunctionsValidation.ListExecutions)
            .Output(StepFunctionsShapes.ReadListExecutionsResponse)
            .Errors("InvalidArn", "InvalidToken", "StateMachineDoesNotExist", "StateMachineTypeNotSupported", "ValidationException", "ResourceNotFound");

    public static AwsJsonOperation<StopExecutionRequest, StopExecutionResponse> StopExecution { get; } =
        AwsJsonOperation<StopExecutionRequest, StopExecutionResponse>
            .Define("StopExecution")
            .Member("executionArn", r => r.ExecutionArn)
            .Member("error", r => r.Error)
            .Member("cause", r => r.Cause)
            .Validate(StepFunctionsValidation.StopExecution)
            .Output(StepFunctionsShapes.ReadStopExecutionResponse)
            .Errors("ExecutionDoesNotExist", "InvalidArn", "ValidationException", "KmsAccessDeniedException", "KmsInvalidStateException", "KmsThrottlingException");

    public static AwsJsonOperation<ListStateMachinesRequest, ListStateMachinesResponse> ListStateMachines { get; } =
        AwsJsonOperation<ListStateMachinesRequest, ListStateMachinesResponse>
            .Define("ListStateMachines")
            .Member("maxResults", r => r.MaxResults)
            .Member("nextToken", r => r.NextToken)
            .Validate(StepFunctionsValidation.ListStateMachines)
            .Output(StepFunctionsShapes.ReadListStateMachinesResponse)
            .Errors("InvalidToken");

    public static AwsJsonOperation<GetExecutionHistoryRequest, GetExecutionHistoryResponse> GetExecutionHistory { get; } =
        AwsJsonOperation<GetExecutionHistoryRequest, GetExecutionHistoryResponse>
            .Define("GetExecutionHistory")
            .Member("executionArn", r => r.ExecutionArn)
            .Member("maxResults", r => r.MaxResults)
            .Member("reverseOrder", r => r.ReverseOrder)
            .Member("nextToken", r => r.NextToken)
            .Member("includeExecutionData", r => r.IncludeExecutionData)
            .Validate(StepFunctionsValidation.GetExecutionHistory)
            .Output(StepFunctionsShapes.ReadGetExecutionHistoryResponse)
            .Errors("ExecutionDoesNotExist", "InvalidArn", "InvalidToken", "KmsAccessDeniedException", "KmsInvalidStateException", "KmsThrottlingException");
}
