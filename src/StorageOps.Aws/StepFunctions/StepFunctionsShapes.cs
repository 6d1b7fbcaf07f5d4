using System.Text.Json;
using StorageOps.Aws.Protocol.Json;

namespace StorageOps.Aws.StepFunctions;

/// <summary>The JSON shapes of the Step Functions model (member names as in the model; timestamps are epoch seconds).</summary>
internal static class StepFunctionsShapes
{
    public static StartExecutionResponse ReadStartExecutionResponse(JsonElement shape) => new(
        shape.String("executionArn"),
        shape.Timestamp("startDate"));

    public static DescribeExecutionResponse ReadDescribeExecutionResponse(JsonElement shape) => new()
    {
        ExecutionArn = shape.String("executionArn"),
        StateMachineArn = shape.String("stateMachineArn"),
        Name = shape.String("name"),
        Status = shape.String("status"),
        StartDate = shape.Timestamp("startDate"),
        StopDate = shape.Timestamp("stopDate"),
        Input = shape.String("input"),
        Output = shape.String("output"),
        Error = shape.String("error"),
        Cause = shape.String("cause"),
        TraceHeader = shape.String("traceHeader"),
        MapRunArn = shape.String("mapRunArn"),
        StateMachineVersionArn = shape.String("stateMachineVersionArn"),
        StateMachineAliasArn = shape.String("stateMachineAliasArn"),
        RedriveCount = shape.Int32("redriveCount"),
        RedriveDate = shape.Timestamp("redriveDate"),
        RedriveStatus = shape.String("redriveStatus"),
        RedriveStatusReason = shape.String("redriveStatusReason"),
    };

    public static ExecutionListItem ReadExecutionListItem(JsonElement shape) => new()
    {
        ExecutionArn = shape.String("executionArn"),
        StateMachineArn = shape.String("stateMachineArn"),
        Name = shape.String("name"),
        Status = shape.String("status"),
        StartDate = shape.Timestamp("startDate"),
        StopDate = shape.Timestamp("stopDate"),
        MapRunArn = shape.String("mapRunArn"),
        ItemCount = shape.Int32("itemCount"),
        StateMachineVersionArn = shape.String("stateMachineVersionArn"),
        StateMachineAliasArn = shape.String("stateMachineAliasArn"),
        RedriveCount = shape.Int32("redriveCount"),
        RedriveDate = shape.Timestamp("redriveDate"),
    };

    public static ListExecutionsResponse ReadListExecutionsResponse(JsonElement shape) => new(
        shape.List("executions", ReadExecutionListItem),
        shape.String("nextToken"));

    public static StopExecutionResponse ReadStopExecutionResponse(JsonElement shape) => new(
        shape.Timestamp("stopDate"));

    public static ListStateMachinesResponse ReadListStateMachinesResponse(JsonElement shape) => new(
        shape.List("stateMachines", item => new StateMachineListItem
        {
            StateMachineArn = item.String("stateMachineArn"),
            Name = item.String("name"),
            Type = item.String("type"),
            CreationDate = item.Timestamp("creationDate"),
        }),
        shape.String("nextToken"));

    public static GetExecutionHistoryResponse ReadGetExecutionHistoryResponse(JsonElement shape) => new(
        shape.List("events", item => new ExecutionHistoryEvent
        {
            Id = item.Int64("id"),
            PreviousEventId = item.Int64("previousEventId"),
            Timestamp = item.Timestamp("timestamp"),
            Type = item.String("type"),
            Document = item.Clone(),
        }),
        shape.String("nextToken"));
}
