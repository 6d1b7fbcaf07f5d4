using System.Collections;
using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Hosting;

/// <summary>
/// Entry point in Lambda's executable-assembly mode: builds only the handler named by STORAGEOPS_HANDLER, with this
/// function's environment, and serves the Runtime API at AWS_LAMBDA_RUNTIME_API.
/// </summary>
public static class LambdaHost
{
    public const string HandlerVariable = "STORAGEOPS_HANDLER";
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";

    /// <returns>0 once <paramref name="cancellationToken"/> stops it, 1 after an init error, 2 outside Lambda.</returns>
    public static Task<int> RunAsync(IDictionary environment, TextWriter output, CancellationToken cancellationToken) =>
        RunAsync(FunctionComposition.Registry, environment, output, cancellationToken);

    public static async Task<int> RunAsync(FunctionRegistry registry, IDictionary environment, TextWriter output, CancellationToken cancellationToken)
    {
        var variables = environment.Cast<DictionaryEntry>()
            .Where(variable => variable.Value is string)
            .ToDictionary(variable => (string)variable.Key, variable => (string)variable.Value!, StringComparer.Ordinal);
        var handlerName = variables.GetValueOrDefault(HandlerVariable);
        var log = new FunctionLog(output, TimeProvider.System, handlerName ?? "(none)");
        if (!variables.TryGetValue(RuntimeApiVariable, out var runtimeApiAddress))
        {
            log.Error(null, $"{RuntimeApiVariable} is not set: this program runs inside AWS Lambda (use `storageops` to run locally).");
            return 2;
        }

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var runtimeApi = new LambdaRuntimeApiClient(http, runtimeApiAddress);
        ILambdaFunction function;
        try
        {
            // Endpoint, credentials and retries come from AWSSDK.Core's own chains (AWS_ENDPOINT_URL, the execution role, ...).
            var functionEnvironment = new FunctionEnvironment(variables, TimeProvider.System, new AwsClientSettings());
            function = registry.Build(
                handlerName ?? throw new ConfigurationException($"{HandlerVariable} is not set; it names the handler this function runs."),
                functionEnvironment);
        }
        catch (ConfigurationException exception)
        {
            log.Error(null, "initialization failed", ("errorMessage", exception.Message));
            await runtimeApi.PostInitErrorAsync(LambdaErrorDocument.From(exception), cancellationToken);
            return 1;
        }

        await new LambdaRuntimeLoop(runtimeApi, function, log, TimeProvider.System).RunAsync(cancellationToken);
        return 0;
    }
}
