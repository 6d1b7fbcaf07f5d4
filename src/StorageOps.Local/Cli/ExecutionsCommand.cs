using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Local.Reports;
using StorageOps.Local.Sessions;

namespace StorageOps.Local.Cli;

/// <summary>
/// <c>executions [--state-machine NAME] [--status STATUS]</c> lists, and <c>execution ID [--history] [--report DIR]</c>
/// shows, what ran in the local session (<see cref="SessionStore"/>) or, with <c>--endpoint URL --region R</c>, in a
/// running simulator through the Step Functions API (<see cref="RemoteExecutions"/>).
/// </summary>
public static class ExecutionsCommand
{
    public static readonly IReadOnlyList<string> Statuses = ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"];

    public static async Task<int> ListAsync(CommandInput arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Positional.Count > 0)
        {
            throw new UsageException($"'executions' takes no arguments; to show one execution: storageops execution {arguments.Positional[0]}.");
        }

        var status = arguments.Option("--status") is { } statusText ? StatusOf(statusText) : null;
        var stateMachine = arguments.Option("--state-machine");
        var remote = RemoteExecutions.From(arguments);
        var remoteEndpoint = remote?.Endpoint;
        var (executions, where) = remote is not null
            ? (await remote.ListAsync(stateMachine, status, cancellationToken), remote.Endpoint)
            : ListLocal(arguments, stateMachine, status);

        if (arguments.JsonOutput)
        {
            await output.WriteLineAsync(new JsonObject
            {
                [remoteEndpoint is null ? "session" : "endpoint"] = where,
                ["executions"] = new JsonArray([.. executions.Select(execution => (JsonNode)Summary(execution))]),
            }.ToJsonString(ExecutionJson.Indented));
            return ExitCodes.Success;
        }

        if (executions.Count == 0)
        {
            await output.WriteLineAsync($"No executions{Filtered(stateMachine, status)} in {Place(remoteEndpoint, where)}.");
            return ExitCodes.Success;
        }

        var nameWidth = Math.Max(4, executions.Max(execution => execution.Name.Length));
        var machineWidth = Math.Max(13, executions.Max(execution => execution.StateMachine.Length));
        await output.WriteLineAsync($"{"NAME".PadRight(nameWidth)}  {"STATE MACHINE".PadRight(machineWidth)}  {"STATUS",-9}  {"START",-20}  DURATION");
        foreach (var execution in executions)
        {
            await output.WriteLineAsync($"{execution.Name.PadRight(nameWidth)}  {execution.StateMachine.PadRight(machineWidth)}  {execution.Status,-9}  {ExecutionJson.Time(execution.StartDate)[..19] + "Z",-20}  {Duration(execution)}");
        }

        await output.WriteLineAsync($"{executions.Count} execution(s){Filtered(stateMachine, status)} in {Place(remoteEndpoint, where)}.");
        return ExitCodes.Success;
    }

    public static async Task<int> ShowAsync(CommandInput arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Positional is not [var id])
        {
            throw new UsageException("'execution' takes one execution name or ARN; 'storageops executions' lists them.");
        }

        var history = arguments.Flag("--history");
        var remote = RemoteExecutions.From(arguments);
        var reportDirectory = arguments.Option("--report");
        SessionExecution execution;
        string? report = null;
        if (remote is not null)
        {
            if (reportDirectory is not null)
            {
                throw new UsageException("--report writes the page the local session kept for an execution; with --endpoint there is none. Run it locally (run, send, schedule, demo) or use run --report.");
            }

            execution = await remote.FindAsync(id, history, cancellationToken)
                ?? throw new UsageException($"No execution '{id}' in the simulator at {remote.Endpoint}; 'storageops executions --endpoint {remote.Endpoint}' lists them.");
        }
        else
        {
            var session = SessionStore.Open(arguments.Option(CommandTree.SessionOption));
            execution = session.Find(id)
                ?? throw new UsageException($"No execution '{id}' in the session at {session.Directory} ({session.All().Count} there); 'storageops executions' lists them.");
            if (reportDirectory is not null)
            {
                var page = session.ReportPageOf(execution)
                    ?? throw new UsageException($"The session has no report page for {execution.Name}: it ran without its state machine's definition.");
                Directory.CreateDirectory(reportDirectory);
                report = Path.GetFullPath(Path.Combine(reportDirectory, Path.GetFileName(page)));
                File.Copy(page, report, overwrite: true);
                CopyChildPages(Path.ChangeExtension(page, null) + ExecutionReportFile.ChildrenFolderSuffix, Path.ChangeExtension(report, null) + ExecutionReportFile.ChildrenFolderSuffix);
            }
        }

        if (arguments.JsonOutput)
        {
            var json = ExecutionJson.Of(execution, history);
            if (report is not null)
            {
                json["report"] = report;
            }

            await output.WriteLineAsync(json.ToJsonString(ExecutionJson.Indented));
            return ExitCodes.Success;
        }

        await output.WriteLineAsync($"{execution.Name}: {execution.StateMachine} {execution.Status}");
        await output.WriteLineAsync($"  arn      {execution.ExecutionArn}");
        await output.WriteLineAsync($"  started  {ExecutionJson.Time(execution.StartDate)}{(execution.StopDate is { } stop ? $", stopped {ExecutionJson.Time(stop)} ({Duration(execution)})" : ", still running")}");
        if (execution.Source is not null)
        {
            await output.WriteLineAsync($"  ran by   storageops {execution.Source}");
        }

        await output.WriteLineAsync($"  input    {execution.Input?.ToJsonString() ?? "null"}");
        if (execution.Error is not null)
        {
            await output.WriteLineAsync($"  error    {execution.Error}");
            await output.WriteLineAsync($"  cause    {RunCommand.CauseMessage(execution.Cause)}");
        }
        else
        {
            await output.WriteLineAsync($"  output   {execution.Output?.ToJsonString() ?? "null"}");
        }

        if (report is not null)
        {
            await output.WriteLineAsync($"Report: {report}");
        }

        if (history)
        {
            await output.WriteLineAsync(execution.History?.ToJsonString(ExecutionJson.Indented) ?? "{\"events\":[]}");
        }

        return ExitCodes.Success;
    }

    /// <summary>A distributed Map's child pages, linked from the page by relative paths, travel with it.</summary>
    private static void CopyChildPages(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static (IReadOnlyList<SessionExecution> Executions, string Where) ListLocal(CommandInput arguments, string? stateMachine, string? status)
    {
        var session = SessionStore.Open(arguments.Option(CommandTree.SessionOption));
        var executions = session.All()
            .Where(execution => stateMachine is null || execution.StateMachine == stateMachine)
            .Where(execution => status is null || execution.Status == status)
            .ToList();
        return (executions, session.Directory);
    }

    private static string Place(string? endpoint, string where) => endpoint is null ? $"the session at {where}" : $"the simulator at {where}";

    private static string StatusOf(string text) =>
        Statuses.FirstOrDefault(status => string.Equals(status, text.Replace('-', '_'), StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"--status '{text}' is not an execution status; use one of {string.Join(", ", Statuses)}.");

    private static JsonObject Summary(SessionExecution execution) => new()
    {
        ["name"] = execution.Name,
        ["executionArn"] = execution.ExecutionArn,
        ["stateMachine"] = execution.StateMachine,
        ["status"] = execution.Status,
        ["startDate"] = ExecutionJson.Time(execution.StartDate),
        ["stopDate"] = execution.StopDate is { } stop ? ExecutionJson.Time(stop) : null,
    };

    private static string Filtered(string? stateMachine, string? status) =>
        (stateMachine, status) switch
        {
            (null, null) => "",
            ({ } machine, null) => $" of {machine}",
            (null, { } only) => $" {only}",
            ({ } machine, { } only) => $" of {machine} {only}",
        };

    private static string Duration(SessionExecution execution) =>
        execution.StopDate is { } stop ? (stop - execution.StartDate).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "running";
}
