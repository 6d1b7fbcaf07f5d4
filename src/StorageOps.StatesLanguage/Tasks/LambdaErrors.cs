using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Tasks;

/// <summary>How Step Functions names a Lambda function error: the error type, with the error document as the cause.</summary>
internal static class LambdaErrors
{
    public static StateFailedException FromFunctionError(LambdaInvocationResult result)
    {
        var error = result.FunctionError!;
        // Real Lambda reports "Unhandled"/"Handled"; the error's own name is the payload's errorType.
        if (error is "Unhandled" or "Handled")
        {
            error = result.Payload is System.Text.Json.Nodes.JsonObject document && JsonValues.TryGetString(document["errorType"], out var errorType)
                ? errorType
                : "Lambda.Unknown";
        }

        return new StateFailedException(error, JsonValues.Serialize(result.Payload));
    }

    /// <summary>An invoker fault that is not a TaskFailedException: reported the way Step Functions reports a Lambda service fault.</summary>
    public static StateFailedException FromUnexpected(Exception exception) =>
        new("Lambda.ServiceException", exception.Message);
}
