using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Amazon.Runtime;
using StorageOps.Aws;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Serialization;
using StorageOps.Local.Cli;

namespace StorageOps.Local.Api;

/// <summary>
/// <c>storageops api &lt;service&gt; &lt;Operation&gt; '&lt;json&gt;' [--endpoint URL] [--region R]</c>: calls one operation
/// through our clients with the default credential chain and prints the response as JSON. Its failures are thrown
/// as they are, for <see cref="CommandFailure"/> to print as the error code and message with exit code 1.
/// </summary>
public static class ApiCommand
{
    public static async Task<int> RunAsync(CommandInput arguments, TextWriter output, CancellationToken cancellationToken, AWSCredentials? credentials = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
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
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            WriteIndented = true,
        };
        var request = ReadRequest(operationName, operation, arguments.Positional.Count == 3 ? arguments.Positional[2] : "{}", json);
        var settings = new AwsClientSettings { Region = arguments.Option("--region"), ServiceUrl = Endpoint(arguments), Credentials = credentials };
        var client = service.CreateClient(settings);
        try
        {
            // Unwrapped, so a client that validates before its first await fails as itself, not as TargetInvocationException.
            var task = (Task)operation.Invoke(client, BindingFlags.DoNotWrapExceptions, binder: null, [request, cancellationToken], CultureInfo.InvariantCulture)!;
            await task;
            var result = task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
            await output.WriteLineAsync(result is null ? "{}" : JsonSerializer.Serialize(result, result.GetType(), json));
            return ExitCodes.Success;
        }
        finally
        {
            (client as IDisposable)?.Dispose();
        }
    }

    private static string? Endpoint(CommandInput arguments)
    {
        if (arguments.Option("--endpoint") is not { } endpoint)
        {
            return null;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--endpoint '{endpoint}' is not an http:// or https:// URL.");
        }

        return arguments.Option("--region") is null
            ? throw new UsageException("--endpoint needs --region R too: it is the region requests are signed for.")
            : endpoint;
    }

    private static object ReadRequest(string operationName, MethodInfo operation, string input, JsonSerializerOptions json)
    {
        JsonNode? node;
        try
        {
            node = StrictJson.Parse(input);
        }
        catch (JsonException invalid)
        {
            throw new InvalidInputException($"The input of {operationName} is not valid JSON: {invalid.Message}", invalid);
        }

        if (node is not JsonObject)
        {
            throw new InvalidInputException($"The input of {operationName} must be a JSON object, not {InputFile.DescribeKind(node)}.");
        }

        var requestType = operation.GetParameters()[0].ParameterType;
        try
        {
            return node.Deserialize(requestType, json)!;
        }
        catch (JsonException invalid)
        {
            throw new InvalidInputException($"The input is not a valid {requestType.Name}: {invalid.Message}", invalid);
        }
    }
}
