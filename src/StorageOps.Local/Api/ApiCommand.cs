using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Local.Cli;

namespace StorageOps.Local.Api;

/// <summary>
/// <c>storageops api &lt;service&gt; &lt;Operation&gt; '&lt;json&gt;' [--endpoint URL] [--region R]</c>: calls one operation
/// through our clients with the default credential chain and prints the response as JSON, or the error code and
/// message with exit code 1.
/// </summary>
public static class ApiCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken, AWSCredentials? credentials = null)
    {
        arguments.AllowOnly("--endpoint", "--region");
        if (arguments.Positional is not [var serviceName, var operationName, ..] || arguments.Positional.Count > 3)
        {
            throw new UsageException("'api' takes a service, an operation and optionally its JSON input, e.g. api efs DescribeFileSystems '{}'.");
        }

        var service = ApiService.Find(serviceName);
        if (!service.Operations.TryGetValue(operationName, out var operation))
        {
            throw new UsageException($"{service.Name} has no operation '{operationName}'; it has {string.Join(", ", service.Operations.Keys.Order(StringComparer.Ordinal))}.");
        }

        var json = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            PropertyNamingPolicy = service.MemberNaming,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
        };
        var request = ReadRequest(operation, arguments.Positional.Count == 3 ? arguments.Positional[2] : "{}", json);
        var settings = new AwsClientSettings { Region = arguments.Option("--region"), ServiceUrl = arguments.Option("--endpoint"), Credentials = credentials };
        var client = service.CreateClient(settings);
        try
        {
            var task = (Task)operation.Invoke(client, [request, cancellationToken])!;
            await task;
            var result = task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
            await output.WriteLineAsync(result is null ? "{}" : JsonSerializer.Serialize(result, result.GetType(), json));
            return 0;
        }
        catch (AmazonServiceException failure)
        {
            await error.WriteLineAsync($"{failure.ErrorCode ?? "UnknownError"} (HTTP {(int)failure.StatusCode}): {failure.Message}");
            return 1;
        }
        catch (AwsRequestValidationException invalid)
        {
            await error.WriteLineAsync($"ValidationError: {invalid.ParamName}: {invalid.Reason} (nothing was sent)");
            return 1;
        }
        catch (AmazonClientException failure)
        {
            await error.WriteLineAsync($"{failure.GetType().Name}: {failure.Message}");
            return 1;
        }
        finally
        {
            (client as IDisposable)?.Dispose();
        }
    }

    private static object ReadRequest(MethodInfo operation, string input, JsonSerializerOptions json)
    {
        var requestType = operation.GetParameters()[0].ParameterType;
        try
        {
            return JsonSerializer.Deserialize(input, requestType, json)
                ?? throw new UsageException($"The input of {operation.Name[..^5]} must be a JSON object.");
        }
        catch (JsonException invalid)
        {
            throw new UsageException($"The input is not a valid {requestType.Name}: {invalid.Message}");
        }
    }
}
