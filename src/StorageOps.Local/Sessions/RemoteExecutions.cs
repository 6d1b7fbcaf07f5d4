using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Aws;
using StorageOps.Aws.StepFunctions;
using StorageOps.Local.Cli;

namespace StorageOps.Local.Sessions;

/// <summary>
/// The executions of a running simulator (or any Step Functions endpoint), read through our Step Functions client:
/// ListStateMachines, ListExecutions, DescribeExecution and GetExecutionHistory, every page.
/// </summary>
public sealed class RemoteExecutions
{
    private readonly AwsClientSettings settings;

    private RemoteExecutions(string endpoint, AwsClientSettings settings)
    {
        Endpoint = endpoint;
        this.settings = settings;
    }

    public string Endpoint { get; }

    /// <summary>Null without <c>--endpoint</c>; as for <c>api</c>, the endpoint is an http(s) URL and needs <c>--region</c>.</summary>
    public static RemoteExecutions? From(CommandInput arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Option("--endpoint") is not { } endpoint)
        {
            return arguments.Option("--region") is null ? null : throw new UsageException("--region is for --endpoint URL; without it the local session is read.");
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--endpoint '{endpoint}' is not an http:// or https:// URL.");
        }

        var region = arguments.Option("--region") ?? throw new UsageException("--endpoint needs --region R too: it is the region requests are signed for.");
        return new RemoteExecutions(endpoint, new AwsClientSettings { Region = region, ServiceUrl = endpoint });
    }

    public async Task<IReadOnlyList<SessionExecution>> ListAsync(string? stateMachine, string? status, CancellationToken cancellationToken)
    {
        using var client = new StepFunctionsClient(settings);
        var executions = new List<SessionExecution>();
        foreach (var machine in await StateMachinesAsync(client, cancellationToken))
        {
            if (stateMachine is not null && machine.Name != stateMachine)
            {
                continue;
            }

            await foreach (var item in client.ListAllExecutionsAsync(new ListExecutionsRequest { StateMachineArn = machine.StateMachineArn, StatusFilter = status }, cancellationToken))
            {
                executions.Add(new SessionExecution(item.Name ?? "", item.ExecutionArn ?? "", machine.Name ?? "", item.Status ?? "", item.StartDate ?? default, item.StopDate, null, null, null, null, null));
            }
        }

        return [.. executions.OrderBy(execution => execution.StartDate)];
    }

    /// <summary>By ARN, or by name among every state machine's executions; null when there is none.</summary>
    public async Task<SessionExecution?> FindAsync(string id, bool history, CancellationToken cancellationToken)
    {
        var arn = id.StartsWith("arn:", StringComparison.Ordinal) ? id : (await ListAsync(null, null, cancellationToken)).LastOrDefault(execution => execution.Name == id)?.ExecutionArn;
        if (arn is null)
        {
            return null;
        }

        using var client = new StepFunctionsClient(settings);
        DescribeExecutionResponse described;
        try
        {
            described = await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = arn }, cancellationToken);
        }
        catch (ExecutionDoesNotExistException)
        {
            return null;
        }

        JsonNode? events = null;
        if (history)
        {
            var all = new JsonArray();
            string? nextToken = null;
            do
            {
                var page = await client.GetExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = arn, NextToken = nextToken }, cancellationToken);
                foreach (var historyEvent in page.Events)
                {
                    all.Add(JsonNode.Parse(historyEvent.Document.GetRawText()));
                }

                nextToken = page.NextToken;
            }
            while (nextToken is not null);
            events = new JsonObject { ["events"] = all };
        }

        return new SessionExecution(
            described.Name ?? "",
            described.ExecutionArn ?? arn,
            StateMachineName(described.StateMachineArn),
            described.Status ?? "",
            described.StartDate ?? default,
            described.StopDate,
            Parse(described.Input),
            Parse(described.Output),
            described.Error,
            described.Cause,
            events);
    }

    private static async Task<List<StateMachineListItem>> StateMachinesAsync(StepFunctionsClient client, CancellationToken cancellationToken)
    {
        var machines = new List<StateMachineListItem>();
        string? nextToken = null;
        do
        {
            var page = await client.ListStateMachinesAsync(new ListStateMachinesRequest { NextToken = nextToken }, cancellationToken);
            machines.AddRange(page.StateMachines);
            nextToken = page.NextToken;
        }
        while (nextToken is not null);
        return machines;
    }

    private static string StateMachineName(string? arn) => arn?[(arn.LastIndexOf(':') + 1)..] ?? "";

    private static JsonNode? Parse(string? json)
    {
        try
        {
            return json is null ? null : JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
