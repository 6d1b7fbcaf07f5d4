namespace StorageOps.Aws.StepFunctions;

/// <summary>Input of StartExecution; the model's member names are lower camel case (<c>stateMachineArn</c>, <c>name</c>, <c>input</c>).</summary>
public sealed record StartExecutionRequest
{
    public required string StateMachineArn { get; init; }

    /// <summary>1–80 characters, unique per state machine for 90 days; same name and input is idempotent.</summary>
    public string? Name { get; init; }

    /// <summary>The execution input as JSON text, up to 256 KiB.</summary>
    public string? Input { get; init; }

    /// <summary>AWS X-Ray trace header.</summary>
    public string? TraceHeader { get; init; }
}
