using System.Collections;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Logging;

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
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in environment)
        {
            if (variable.Value is string value)
            {
                variables[(string)variable.Key] = value;
            }
        }

        var handlerName = variables.GetValueOrDefault(HandlerVariable);
        var log = new FunctionLogger(output, TimeProvider.System, variables);
        if (!variables.TryGetValue(RuntimeApiVariable, out var runtimeApiAddress))
        {
            log.Error($"{RuntimeApiVariable} is not set: this program runs inside AWS Lambda (use `storageops` to run locally).");
            return 2;
        }

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var runtimeApi = new LambdaRuntimeApiClient(http, runtimeApiAddress);
        ILambdaFunction function;
        try
        {
            var functionEnvironment = new FunctionEnvironment(variables, TimeProvider.System, new AwsClientSettings { Credentials = CredentialsOf(variables) }) { Log = output };
            function = registry.Build(
                handlerName ?? throw new ConfigurationException($"{HandlerVariable} is not set; it names the handler this function runs."),
                functionEnvironment);
        }
        catch (ConfigurationException exception)
        {
            log.Error("initialization failed", ("errorType", exception.ErrorType), ("errorMessage", exception.Message));
            await runtimeApi.PostInitErrorAsync(LambdaErrorDocument.From(exception), cancellationToken);
            return 1;
        }

        await new LambdaRuntimeLoop(runtimeApi, function, log, TimeProvider.System, ColdStart.Process).RunAsync(cancellationToken);
        return 0;
    }

    /// <summary>
    /// Lambda hands the execution role's credentials over in these variables, fixed for the sandbox's life; taking them
    /// from there spares the first AWS call AWSSDK.Core's whole chain (profile files and their watcher, container and
    /// instance metadata). Without them the chain decides, as everywhere else. The endpoint stays AWSSDK.Core's choice
    /// (AWS_ENDPOINT_URL when set, else the public one).
    /// </summary>
    private static AWSCredentials? CredentialsOf(Dictionary<string, string> variables)
    {
        if (!variables.TryGetValue("AWS_ACCESS_KEY_ID", out var accessKey) || !variables.TryGetValue("AWS_SECRET_ACCESS_KEY", out var secretKey))
        {
            return null;
        }

        return variables.TryGetValue("AWS_SESSION_TOKEN", out var sessionToken)
            ? new SessionAWSCredentials(accessKey, secretKey, sessionToken)
            : new BasicAWSCredentials(accessKey, secretKey);
    }
}
