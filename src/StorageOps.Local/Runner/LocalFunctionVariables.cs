using StorageOps.Local.Template;

namespace StorageOps.Local.Runner;

/// <summary>
/// The environment a function sees locally, as in AWS: the variables Lambda itself sets (region, function name, ...)
/// and the function's Environment.Variables from template.yaml, Globals included.
/// </summary>
public static class LocalFunctionVariables
{
    public static IReadOnlyDictionary<string, string> For(WiredFunction function, LocalAccount account)
    {
        var variables = new Dictionary<string, string>(function.Environment, StringComparer.Ordinal)
        {
            ["AWS_REGION"] = account.Region,
            ["AWS_DEFAULT_REGION"] = account.Region,
            ["AWS_LAMBDA_FUNCTION_NAME"] = function.LogicalId,
        };
        return variables;
    }
}
