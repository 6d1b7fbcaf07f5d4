using System.Text.Json.Nodes;

namespace StorageOps.StatesLanguage.Lambda;

/// <summary>Invokes Lambda functions for Task states (synchronous, RequestResponse invocations).</summary>
public interface ILambdaInvoker
{
    /// <summary>
    /// Invokes <paramref name="functionName"/> (a name or ARN, as written in the definition).
    /// A function error is returned, not thrown: <see cref="LambdaInvocationResult.FunctionError"/> is the error type
    /// (e.g. "StorageOps.ValidationError") and the payload is the error document <c>{"errorType","errorMessage",...}</c>.
    /// Infrastructure failures (unknown function etc.) are thrown as
    /// <see cref="Errors.TaskFailedException"/>, e.g. "Lambda.ResourceNotFoundException".
    /// </summary>
    Task<LambdaInvocationResult> InvokeAsync(string functionName, JsonNode? payload, CancellationToken cancellationToken);
}
