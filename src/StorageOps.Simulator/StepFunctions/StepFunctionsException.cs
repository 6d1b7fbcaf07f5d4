namespace StorageOps.Simulator.StepFunctions;

/// <summary>A Step Functions error; every one of them is HTTP 400 with <c>{"__type","message"}</c>.</summary>
public sealed class StepFunctionsException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}
