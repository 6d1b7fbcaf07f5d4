using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Functions.Composition;
using StorageOps.Local.Runner;
using StorageOps.Local.Template;
using StorageOps.Simulator.SeedFile;
using StorageOps.StatesLanguage.Execution;

namespace StorageOps.Local.Cli;

/// <summary>
/// <c>schedule NAME</c>: fires a schedule of template.yaml in the local runner, as EventBridge Scheduler would at its time,
/// against a seeded fleet, and prints what it started; the result JSON comes last.
/// </summary>
public static class ScheduleCommand
{
    public const string NightlySchedule = "nightly-snapshots";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(CommandInput arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var templatePath = RepositoryLocator.FindTemplate(arguments.Option("--template"));
        var schedules = SchedulesOf(templatePath);
        if (arguments.Positional is not [var name])
        {
            throw new UsageException($"'schedule' takes one schedule name; {Path.GetFileName(templatePath)} has {string.Join(", ", schedules.Keys.Order(StringComparer.Ordinal))}.");
        }

        if (!schedules.TryGetValue(name, out var schedule))
        {
            throw new UsageException($"'{name}' is not a schedule of {Path.GetFileName(templatePath)}; it has {string.Join(", ", schedules.Keys.Order(StringComparer.Ordinal))}.");
        }

        var jsonOnly = arguments.JsonOutput;
        var at = arguments.Option("--at") is { } atText ? ParseTime(atText) : (DateTimeOffset?)null;
        var fleetPath = arguments.Option("--fleet") ?? Path.Combine(Path.GetDirectoryName(templatePath)!, LocalFleet.NightlyFleetPath);
        var fleetName = arguments.Option("--fleet") ?? LocalFleet.NightlyFleetPath;
        if (!File.Exists(fleetPath))
        {
            throw new FileNotFoundException($"No fleet seed file at {fleetPath}.");
        }

        LocalEnvironmentOptions options;
        try
        {
            options = LocalFleet.Seeded(new LocalEnvironmentOptions { TemplatePath = templatePath }, fleetPath);
        }
        catch (SeedFileException error)
        {
            throw new InvalidFileException($"--fleet {fleetPath}: {error.Message}", error);
        }

        if (schedule.Workflow is null && arguments.Option("--report") is not null)
        {
            throw new UsageException($"'{name}' invokes the function {schedule.Function}, not a state machine: it has no execution to report.");
        }

        var scheduledTime = at ?? ScheduledRuns.NextAtOrAfter(schedule, options.Start);
        await using var environment = await LocalEnvironment.StartAsync(options with { Start = scheduledTime }, cancellationToken);
        var progress = jsonOnly ? TextWriter.Null : output;
        return schedule.Workflow is not null
            ? await RunStateMachineAsync(environment, schedule, scheduledTime, fleetName, arguments, progress, output, cancellationToken)
            : await InvokeFunctionAsync(environment, schedule, scheduledTime, fleetName, progress, output, cancellationToken);
    }

    /// <summary>The night (or any scheduled state machine): transitions as <c>run</c> prints them, the verdict line, the summary last.</summary>
    internal static async Task<int> RunStateMachineAsync(LocalEnvironment environment, WiredSchedule schedule, DateTimeOffset scheduledTime, string fleetName, CommandInput arguments, TextWriter progress, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await RunCommand.ReportAsync(
            environment,
            schedule.Workflow!,
            Heading(schedule, scheduledTime, fleetName),
            ScheduledRuns.InputAt(schedule, scheduledTime),
            onEvent => ScheduledRuns.RunStateMachineAsync(environment, schedule, scheduledTime, onEvent, cancellationToken),
            arguments,
            progress,
            output,
            [],
            result => result.Status == ExecutionStatus.Succeeded && schedule.Name == NightlySchedule ? NightVerdict.Of(result.Output) : null);
        if (arguments.JsonOutput)
        {
            // The result alone, as before --output json existed for every command: the night's summary, or {"error", "cause"}.
            output.WriteLine(result.Status == ExecutionStatus.Succeeded
                ? result.Output?.ToJsonString(Indented) ?? "null"
                : new JsonObject { ["error"] = result.Error, ["cause"] = RunCommand.CauseMessage(result.Cause) }.ToJsonString(Indented));
        }
        if (result.Status != ExecutionStatus.Succeeded)
        {
            throw new WorkflowFailedException($"{schedule.Workflow} {result.Status}: {result.Error}: {RunCommand.CauseMessage(result.Cause)}");
        }

        return schedule.Name != NightlySchedule || NightVerdict.Passed(result.Output)
            ? ExitCodes.Success
            : throw new WorkflowFailedException(NightVerdict.Of(result.Output));
    }

    /// <summary>A scheduled function (replication-health): its log lines, then its result JSON; exit 5 when it reports unhealthy or fails.</summary>
    private static async Task<int> InvokeFunctionAsync(LocalEnvironment environment, WiredSchedule schedule, DateTimeOffset scheduledTime, string fleetName, TextWriter progress, TextWriter output, CancellationToken cancellationToken)
    {
        progress.WriteLine(Heading(schedule, scheduledTime, fleetName));
        progress.WriteLine($"  AWS simulator at {environment.Simulator.Endpoint}, virtual clock at {ScheduledRuns.Format(scheduledTime)}");
        var result = await ScheduledRuns.InvokeFunctionAsync(environment, schedule, scheduledTime, cancellationToken);
        foreach (var line in environment.FunctionLog.Lines())
        {
            progress.WriteLine($"  {line.ToJsonString()}");
        }

        progress.WriteLine($"{schedule.Function}: {(result.FunctionError is null ? "returned" : $"failed ({result.FunctionError})")}, {environment.Simulator.RequestLog.Count} AWS requests.");
        output.WriteLine(result.Payload?.ToJsonString(Indented) ?? "null");
        if (result.FunctionError is not null)
        {
            throw new WorkflowFailedException($"{schedule.Function} failed: {result.FunctionError}: {(string?)result.Payload?["errorMessage"]}");
        }

        return (bool?)result.Payload?["healthy"] == false
            ? throw new WorkflowFailedException($"{schedule.Name}: {Unhealthy(result.Payload)}")
            : ExitCodes.Success;
    }

    private static string Unhealthy(JsonNode? report) =>
        (long?)report?["unhealthy"] is { } count
            ? $"{count.ToString(CultureInfo.InvariantCulture)} replication destination(s) unhealthy"
            : "replication is unhealthy";

    private static string Heading(WiredSchedule schedule, DateTimeOffset scheduledTime, string fleetName) =>
        $"{schedule.Name}: {schedule.Expression} ({schedule.TimeZone}) fired at {ScheduledRuns.Format(scheduledTime)} → {(schedule.Workflow is { } workflow ? $"state machine {workflow}" : $"function {schedule.Function}")}, fleet {fleetName}";

    private static IReadOnlyDictionary<string, WiredSchedule> SchedulesOf(string templatePath)
    {
        var wiring = TemplateWiring.Resolve(SamTemplate.Load(templatePath), FunctionComposition.Registry.Names, new LocalAccount());
        return wiring.Schedules;
    }

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.ToUniversalTime()
            : throw new UsageException($"--at '{text}' is not an RFC 3339 time such as 2026-12-01T03:00:00Z.");
}
