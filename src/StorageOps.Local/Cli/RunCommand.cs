using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Local.Reports;
using StorageOps.Local.Runner;
using StorageOps.Local.Sessions;
using StorageOps.Local.Template;
using StorageOps.Simulator.Hosting;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.History;

namespace StorageOps.Local.Cli;

/// <summary><c>demo</c> and <c>run</c>: workflows of template.yaml, end to end, against the local simulator.</summary>
public static class RunCommand
{
    public const string DemoWorkflow = "provision-file-system";
    public const string DemoInput = "events/provision-file-system.json";

    /// <summary>After provisioning, the demo acts on the new file system with these request samples, each as its state machine's input.</summary>
    public static readonly IReadOnlyList<(string Workflow, string Message)> DemoFollowUps =
    [
        ("update-file-system", "events/requests/update-file-system.json"),
        ("teardown-file-system", "events/requests/teardown-file-system.json"),
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// Provision, update, tear down — one after another in one local environment, so each acts on what the one before
    /// made; a failed step ends the demo there. Then one night of nightly-snapshots over the nightly fleet, at the schedule's next time.
    /// </summary>
    public static async Task<int> DemoAsync(CommandInput arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var template = RepositoryLocator.FindTemplate(arguments.Option("--template"));
        var repository = Path.GetDirectoryName(template)!;
        List<(string Workflow, string InputPath)> inputs = [(DemoWorkflow, DemoInput), .. DemoFollowUps];
        foreach (var (workflow, _) in inputs)
        {
            EnsureWorkflowExists(template, workflow);
        }

        var steps = inputs.Select(step => (step.Workflow, step.InputPath, Input: InputFile.ReadObject(Path.Combine(repository, step.InputPath)))).ToList();

        var demoOptions = new LocalEnvironmentOptions { TemplatePath = template };
        var nightlyFleet = Path.Combine(repository, LocalFleet.NightlyFleetPath);
        if (File.Exists(nightlyFleet))
        {
            demoOptions = LocalFleet.WithClustersOf(demoOptions, nightlyFleet);
        }

        await using var environment = await LocalEnvironment.StartAsync(demoOptions, cancellationToken);
        var json = arguments.JsonOutput;
        var progress = json ? TextWriter.Null : output;
        var executions = new List<JsonObject>();
        var start = environment.Clock.GetUtcNow();
        var wallClock = Stopwatch.StartNew();
        var outcomes = new List<(string Workflow, ExecutionResult Result)>();
        string? fileSystemId = null;
        foreach (var (workflow, inputPath, input) in steps)
        {
            if (fileSystemId is not null)
            {
                input.Remove("action");
                input["fileSystemId"] = fileSystemId;
            }

            var result = await RunOneAsync(environment, workflow, inputPath, input, arguments, progress, executions, cancellationToken);
            outcomes.Add((workflow, result));
            if (result.Status != ExecutionStatus.Succeeded)
            {
                break;
            }

            fileSystemId ??= (string?)result.Output?["fileSystemId"];
        }

        string? verdict = null;
        if (outcomes.All(outcome => outcome.Result.Status == ExecutionStatus.Succeeded) && environment.Wiring.Schedules.TryGetValue(ScheduleCommand.NightlySchedule, out var night))
        {
            var scheduledTime = ScheduledRuns.NextAtOrAfter(night, environment.Clock.GetUtcNow());
            await ScheduledRuns.AdvanceToAsync(environment, scheduledTime, cancellationToken);
            var result = await ReportAsync(
                environment,
                night.Workflow!,
                $"{night.Name}: {night.Expression} ({night.TimeZone}) fired at {ScheduledRuns.Format(scheduledTime)}, the nightly fleet seeded",
                ScheduledRuns.InputAt(night, scheduledTime),
                onEvent => ScheduledRuns.RunStateMachineAsync(environment, night, scheduledTime, onEvent, cancellationToken),
                arguments,
                progress,
                progress,
                executions);
            outcomes.Add((night.Workflow!, result));
            verdict = result.Status == ExecutionStatus.Succeeded ? NightVerdict.Of(result.Output) : null;
            if (result.Status == ExecutionStatus.Succeeded && !NightVerdict.Passed(result.Output))
            {
                wallClock.Stop();
                progress.WriteLine(verdict);
                WriteDemoJson(output, json, executions, verdict, environment, start);
                throw new WorkflowFailedException(verdict!);
            }
        }

        wallClock.Stop();
        progress.WriteLine(
            $"Demo: {string.Join(", ", outcomes.Select(outcome => $"{outcome.Workflow} {outcome.Result.Status}"))} after {environment.Clock.GetUtcNow() - start:hh\\:mm\\:ss} of virtual time in {wallClock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s, {environment.Simulator.RequestLog.Count} AWS requests.");
        if (verdict is not null)
        {
            progress.WriteLine(verdict);
        }

        if (arguments.Verbose)
        {
            PrintRequests(environment.Simulator.RequestLog, start, progress);
        }

        WriteDemoJson(output, json, executions, verdict, environment, start);

        return outcomes.FirstOrDefault(outcome => outcome.Result.Status != ExecutionStatus.Succeeded) is ({ } failedWorkflow, { } failed)
            ? throw new WorkflowFailedException($"{failedWorkflow} {failed.Status}: {failed.Error}: {CauseMessage(failed.Cause)}")
            : ExitCodes.Success;
    }

    /// <summary><c>demo --output json</c>: <c>{"executions": [...], "night": verdict line, "virtualSeconds", "awsRequests"}</c>.</summary>
    private static void WriteDemoJson(TextWriter output, bool json, List<JsonObject> executions, string? verdict, LocalEnvironment environment, DateTimeOffset start)
    {
        if (json)
        {
            output.WriteLine(new JsonObject
            {
                ["executions"] = new JsonArray([.. executions]),
                ["night"] = verdict,
                ["virtualSeconds"] = (environment.Clock.GetUtcNow() - start).TotalSeconds,
                ["awsRequests"] = environment.Simulator.RequestLog.Count,
            }.ToJsonString(Indented));
        }
    }

    public static Task<int> RunAsync(CommandInput arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Positional is not [var workflow])
        {
            throw new UsageException("'run' takes one workflow name, e.g. provision-file-system.");
        }

        var input = arguments.Option("--input") ?? throw new UsageException("'run' needs --input FILE.");
        return ExecuteAsync(RepositoryLocator.FindTemplate(arguments.Option("--template")), workflow, input, arguments, output, cancellationToken);
    }

    /// <summary>
    /// Checks the workflow name and reads the input before the simulator starts, so what is rejected here cannot have
    /// reached AWS; the summary counts the requests the simulator received, and <c>--verbose</c> lists them.
    /// </summary>
    private static async Task<int> ExecuteAsync(string templatePath, string workflow, string inputPath, CommandInput arguments, TextWriter output, CancellationToken cancellationToken)
    {
        EnsureWorkflowExists(templatePath, workflow);
        var input = InputFile.ReadObject(inputPath);
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = templatePath }, cancellationToken);
        var start = environment.Clock.GetUtcNow();
        var progress = arguments.JsonOutput ? TextWriter.Null : output;
        var executions = new List<JsonObject>();
        var result = await RunOneAsync(environment, workflow, inputPath, input, arguments, progress, executions, cancellationToken);
        if (arguments.Verbose)
        {
            PrintRequests(environment.Simulator.RequestLog, start, progress);
        }

        if (arguments.JsonOutput)
        {
            executions[0]["awsRequests"] = environment.Simulator.RequestLog.Count;
            output.WriteLine(executions[0].ToJsonString(Indented));
        }

        return result.Status == ExecutionStatus.Succeeded
            ? ExitCodes.Success
            : throw new WorkflowFailedException($"{workflow} {result.Status}: {result.Error}: {CauseMessage(result.Cause)}");
    }

    internal static void EnsureWorkflowExists(string templatePath, string workflow)
    {
        var workflows = SamTemplate.Load(templatePath).StateMachines.Select(stateMachine => stateMachine.WorkflowName).Order(StringComparer.Ordinal).ToList();
        if (!workflows.Contains(workflow))
        {
            throw new UsageException($"'{workflow}' is not a workflow of {Path.GetFileName(templatePath)}; it has {string.Join(", ", workflows)}.");
        }
    }

    /// <summary>Prints the execution's transitions, its summary (the AWS requests it made) and its output or error.</summary>
    private static Task<ExecutionResult> RunOneAsync(LocalEnvironment environment, string workflow, string inputPath, JsonObject input, CommandInput arguments, TextWriter output, List<JsonObject> executions, CancellationToken cancellationToken) =>
        ReportAsync(environment, workflow, $"{workflow}: input {inputPath}", input, onEvent => environment.RunAsync(workflow, input, onEvent, cancellationToken), arguments, output, output, executions);

    /// <summary>
    /// Runs one execution, printing its heading, transitions, summary and <paramref name="verdict"/> line on
    /// <paramref name="progress"/>, then its output (or <c>{"error", "cause"}</c>) as JSON on <paramref name="output"/>, last
    /// (with <c>--output json</c>, nothing: the caller prints one document, from what is added to <paramref name="executions"/>).
    /// The execution is recorded in the session, and with <c>--report DIR</c> its page is written there.
    /// </summary>
    internal static async Task<ExecutionResult> ReportAsync(
        LocalEnvironment environment,
        string stateMachine,
        string heading,
        JsonNode? input,
        Func<Action<HistoryEvent>, Task<ExecutionResult>> run,
        CommandInput arguments,
        TextWriter progress,
        TextWriter output,
        ICollection<JsonObject> executions,
        Func<ExecutionResult, string?>? verdict = null)
    {
        var session = SessionStore.Open(arguments.Option(CommandTree.SessionOption));
        var start = environment.Clock.GetUtcNow();
        var requestsBefore = environment.Simulator.RequestLog.Count;
        progress.WriteLine(heading);
        progress.WriteLine($"  AWS simulator at {environment.Simulator.Endpoint}, virtual clock from {start:yyyy-MM-ddTHH:mm:ssZ}");
        var wallClock = Stopwatch.StartNew();
        var result = await arguments.Progress.TrackAsync(stateMachine, observe => run(historyEvent =>
        {
            PrintTransition(historyEvent, start, progress);
            observe(historyEvent);
        }));
        wallClock.Stop();

        var virtualElapsed = result.StopDate - result.StartDate;
        var transitions = result.History.Count(historyEvent => historyEvent.Type.ToString().EndsWith("StateEntered", StringComparison.Ordinal));
        progress.WriteLine(
            $"{result.Status} after {virtualElapsed:hh\\:mm\\:ss} of virtual time in {wallClock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s, {transitions} state transitions, {environment.Simulator.RequestLog.Count - requestsBefore} AWS requests.");
        if (verdict?.Invoke(result) is { } line)
        {
            progress.WriteLine(line);
        }

        var json = ExecutionJson.Of(stateMachine, result, arguments.Flag("--history"));
        if (!arguments.JsonOutput)
        {
            output.WriteLine(result.Status == ExecutionStatus.Succeeded
                ? result.Output?.ToJsonString(Indented) ?? "null"
                : new JsonObject { ["error"] = result.Error, ["cause"] = arguments.Verbose ? result.Cause : CauseMessage(result.Cause) }.ToJsonString(Indented));
            if (arguments.Flag("--history"))
            {
                progress.WriteLine(result.ExportHistoryJson(indented: true));
            }
        }

        var definition = environment.Wiring.Workflows.TryGetValue(stateMachine, out var wired) ? wired.Definition : null;
        session.Save(stateMachine, definition, input, result, arguments.Command);
        if (arguments.Option("--report") is { } reportDirectory && definition is not null)
        {
            var page = ExecutionReportFile.Write(reportDirectory, stateMachine, definition, result);
            progress.WriteLine($"Report: {page}");
            json["report"] = page;
        }

        executions.Add(json);
        return result;
    }

    /// <summary>A Lambda task's cause is its whole error document, stack trace included; its errorMessage is what a person needs.</summary>
    internal static string? CauseMessage(string? cause)
    {
        try
        {
            return cause is not null && JsonNode.Parse(cause) is JsonObject document && document["errorMessage"] is JsonValue message
                ? message.ToString()
                : cause;
        }
        catch (JsonException)
        {
            return cause;
        }
    }

    internal static void PrintRequests(SimulatorRequestLog log, DateTimeOffset start, TextWriter output)
    {
        output.WriteLine($"AWS requests received by the simulator: {log.Count}");
        foreach (var request in log.Snapshot())
        {
            output.WriteLine($"  +{request.SimulatedTime - start:hh\\:mm\\:ss}  {request.Service,-13} {request.Operation ?? request.Method + " " + request.Path,-32} {request.StatusCode}");
        }
    }

    private static void PrintTransition(HistoryEvent historyEvent, DateTimeOffset start, TextWriter output)
    {
        var offset = historyEvent.Timestamp - start;
        var line = historyEvent.Details switch
        {
            StateEnteredEventDetails entered => $"{entered.Name,-22} {historyEvent.Type.ToString().Replace("StateEntered", "", StringComparison.Ordinal)}",
            LambdaFunctionFailedEventDetails failed => $"{"",-22} failed: {failed.Error}",
            _ => null,
        };
        if (line is not null)
        {
            output.WriteLine($"  +{offset:hh\\:mm\\:ss}  {line}");
        }
    }
}
