using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Serialization;
using StorageOps.Local.Queues;
using StorageOps.Local.Reports;
using StorageOps.Local.Sessions;
using StorageOps.Local.Runner;
using StorageOps.Simulator.StepFunctions;

namespace StorageOps.Local.Cli;

/// <summary><c>send QUEUE FILE...</c>: request messages through a queue of template.yaml, delivered as SQS would, each execution followed to its end.</summary>
public static class SendCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(CommandInput arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Positional.Count < 2)
        {
            throw new UsageException("'send' takes a queue (its logical id in template.yaml, or an alias such as 'requests') and one or more message files.");
        }

        var queueName = arguments.Positional[0];
        var files = arguments.Positional.Skip(1).ToList();

        var bodies = files.Select(file => File.Exists(file) ? File.ReadAllText(file) : throw new FileNotFoundException($"No message file at {file}.")).ToList();
        for (var index = 0; index < files.Count; index++)
        {
            RefuseWorkflowInput(files[index], bodies[index]);
        }

        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryLocator.FindTemplate(arguments.Option("--template")) }, cancellationToken);
        var queue = environment.Sqs.Find(queueName)
            ?? throw new UsageException($"'{queueName}' is not a queue of the template; it has {string.Join(", ", environment.Sqs.All.Select(candidate => $"{candidate.Queue.LogicalId} ({LocalSqs.AliasOf(candidate.Queue.LogicalId)})").Order(StringComparer.Ordinal))}.");
        if (environment.Sqs.EventSources.All(source => source.Mapping.Queue != queue.Queue.LogicalId))
        {
            throw new UsageException($"Queue {queue.Queue.LogicalId} triggers no function in the template.");
        }

        var start = environment.Clock.GetUtcNow();
        var json = arguments.JsonOutput;
        var session = SessionStore.Open(arguments.Option(CommandTree.SessionOption));
        var reportDirectory = arguments.Option("--report");
        var finalOutput = output;
        output = json ? TextWriter.Null : output;
        output.WriteLine($"send: {files.Count} message(s) to {queue.Queue.Name} ({queue.Queue.Url}), virtual clock from {start:yyyy-MM-ddTHH:mm:ssZ}");
        var wallClock = System.Diagnostics.Stopwatch.StartNew();
        var sent = await arguments.Progress.TrackAsync($"send: {files.Count} message(s) to {queue.Queue.Name}", observe =>
        {
            environment.ExecutionRunner.Observer = observe;
            return LocalRequestDelivery.SendAsync(environment, queue, bodies, cancellationToken);
        });
        environment.ExecutionRunner.Observer = null;
        wallClock.Stop();
        PrintDeliveries(environment, start, output);

        JsonNode? last = null;
        var messages = new JsonArray();
        var failedExecutions = new List<string>();
        for (var index = 0; index < sent.Count; index++)
        {
            var message = sent[index];
            output.WriteLine($"{files[index]}: message {message.MessageId}, received {message.ReceiveCount} time(s)");
            last = message switch
            {
                { DeadLettered: true } => new JsonObject { ["messageId"] = message.MessageId, ["deadLetterQueue"] = queue.DeadLetterQueue?.Queue.Name, ["error"] = message.Rejection },
                { Execution: { } execution } => ExecutionResult(execution, failedExecutions),
                _ => new JsonObject { ["messageId"] = message.MessageId, ["error"] = "no execution was started for it" },
            };
            var entry = new JsonObject { ["file"] = files[index], ["messageId"] = message.MessageId, ["receiveCount"] = message.ReceiveCount, ["deadLettered"] = message.DeadLettered };
            if (message.Execution is { } started && environment.ExecutionRunner.Results.TryGetValue(started.Start.ExecutionArn, out var result))
            {
                var workflow = started.StateMachine.Name;
                var definition = environment.Wiring.Workflows.TryGetValue(workflow, out var wired) ? wired.Definition : null;
                session.Save(workflow, definition, JsonNode.Parse(started.Start.Input), result, "send");
                entry["execution"] = ExecutionJson.Of(workflow, result);
                if (reportDirectory is not null && definition is not null)
                {
                    var page = ExecutionReportFile.Write(reportDirectory, workflow, definition, result);
                    output.WriteLine($"Report: {page}");
                    entry["report"] = page;
                }
            }

            messages.Add(entry);
        }

        output.WriteLine(
            $"Done after {environment.Clock.GetUtcNow() - start:hh\\:mm\\:ss} of virtual time in {wallClock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s, {environment.Simulator.RequestLog.Count} AWS requests.");
        output.WriteLine(last?.ToJsonString(Indented) ?? "null");
        if (json)
        {
            finalOutput.WriteLine(new JsonObject { ["messages"] = messages, ["result"] = last?.DeepClone(), ["awsRequests"] = environment.Simulator.RequestLog.Count }.ToJsonString(Indented));
        }

        if (sent.FirstOrDefault(message => message.DeadLettered) is { } rejected)
        {
            throw new InvalidInputException($"message {rejected.MessageId} was rejected {rejected.ReceiveCount} times and rests in {queue.DeadLetterQueue?.Queue.Name}: {rejected.Rejection}");
        }

        return failedExecutions.Count == 0 ? ExitCodes.Success : throw new WorkflowFailedException(failedExecutions[0]);
    }

    /// <summary>
    /// A JSON object without <c>action</c> is a state machine input (events/*.json), not a request message: it is refused
    /// before anything starts rather than delivered to be rejected three times. Any other body goes to the queue as it is,
    /// as SQS would take it, so malformed messages can still be tried.
    /// </summary>
    private static void RefuseWorkflowInput(string file, string body)
    {
        JsonNode? parsed;
        try
        {
            parsed = StrictJson.Parse(body);
        }
        catch (JsonException)
        {
            return;
        }

        if (parsed is JsonObject message && !message.ContainsKey("action"))
        {
            var workflow = RequestActions.All.FirstOrDefault(action => action == Path.GetFileNameWithoutExtension(file)) ?? "<action>";
            throw new InvalidInputException(
                $"{file} has no 'action', so it is a state machine input, not a request message. Send the message form, which names the action next to the same fields " +
                $"({{\"action\": \"{workflow}\", \"requestId\": ...}}, as in events/requests/ and schemas/), or run this input directly: storageops run {workflow} --input {file}");
        }
    }

    private static JsonObject ExecutionResult(ExecutionRecord execution, List<string> failedExecutions)
    {
        var outcome = execution.Outcome;
        if (outcome?.Status == ExecutionStatuses.Succeeded)
        {
            return JsonNode.Parse(outcome.Output ?? "null") as JsonObject ?? new JsonObject { ["output"] = JsonNode.Parse(outcome.Output ?? "null") };
        }

        var cause = CauseMessage(outcome?.Cause);
        failedExecutions.Add($"{execution.Start.Name} {outcome?.Status ?? execution.Status}: {outcome?.Error}: {cause}");
        return new JsonObject { ["executionArn"] = execution.Start.ExecutionArn, ["status"] = outcome?.Status ?? execution.Status, ["error"] = outcome?.Error, ["cause"] = cause };
    }

    private static void PrintDeliveries(LocalEnvironment environment, DateTimeOffset start, TextWriter output)
    {
        foreach (var source in environment.Sqs.EventSources)
        {
            foreach (var (sqsEvent, response) in source.Invocations)
            {
                var records = sqsEvent["Records"]!.AsArray();
                var failed = response.Payload?["batchItemFailures"]?.AsArray().Count ?? records.Count;
                var receivedAt = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(records[0]!["attributes"]!["ApproximateFirstReceiveTimestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture));
                output.WriteLine($"  {source.Mapping.Function}: batch of {records.Count}, {failed} failed{(response.FunctionError is { } error ? $" ({error})" : "")}, receive {records.Max(record => int.Parse(record!["attributes"]!["ApproximateReceiveCount"]!.GetValue<string>(), CultureInfo.InvariantCulture))} (first at +{receivedAt - start:hh\\:mm\\:ss})");
            }
        }
    }

    /// <summary>A Lambda task's cause is its whole error document; its errorMessage is what a person needs.</summary>
    private static string? CauseMessage(string? cause)
    {
        try
        {
            return cause is not null && JsonNode.Parse(cause) is JsonObject document && document["errorMessage"] is JsonValue message ? message.ToString() : cause;
        }
        catch (JsonException)
        {
            return cause;
        }
    }
}
