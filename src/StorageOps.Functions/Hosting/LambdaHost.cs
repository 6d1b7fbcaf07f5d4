using System.Collections;
using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Hosting;

/// <summary>
/// Entry point in Lambda's executable-assembly mode: selects the handler named by STORAGEOPS_HANDLER and serves
/// the Runtime API at AWS_LAMBDA_RUNTIME_API.
/// </summary>
public static class LambdaHost
{
    public const string HandlerVariable = "STORAGEOPS_HANDLER";
    public const string RuntimeApiVariable = "AWS_LAMBDA_RUNTIME_API";

    public static async Task<int> RunAsync(IDictionary environment, TextWriter output, CancellationToken cancellationToken)
    {
        var handlerName = environment[HandlerVariable] as string;
        var log = new FunctionLog(output, TimeProvider.System, handlerName ?? "(none)");
        if (environment[RuntimeApiVariable] is not string runtimeApiAddress)
        {
            log.Error(null, $"{RuntimeApiVariable} is not set: this program runs inside AWS Lambda (use `storageops` to run locally).");
            return 2;
        }

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var runtimeApi = new LambdaRuntimeApiClient(http, runtimeApiAddress);
        ILambdaFunction function;
        try
        {
            var catalog = FunctionComposition.Build(new FunctionsEnvironment(
                new AwsClientSettings { Region = environment["AWS_REGION"] as string ?? throw new InvalidOperationException("AWS_REGION is not set.") },
                TimeProvider.System));
            function = catalog.Get(handlerName ?? throw new InvalidOperationException($"{HandlerVariable} is not set; it names the handler this function runs."));
        }
        catch (Exception exception) when (exception is UnknownHandlerException or InvalidOperationException)
        {
            var error = new LambdaErrorDocument("StorageOps.ConfigurationError", exception.Message, []);
            log.Error(null, "initialization failed", ("errorMessage", exception.Message));
            await runtimeApi.PostInitErrorAsync(error, cancellationToken);
            return 1;
        }

        await new LambdaRuntimeLoop(runtimeApi, function, log, TimeProvider.System).RunAsync(cancellationToken);
        return 0;
    }
}
