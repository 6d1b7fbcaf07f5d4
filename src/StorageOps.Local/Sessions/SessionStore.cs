using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Local.Reports;
using StorageOps.StatesLanguage.Execution;

namespace StorageOps.Local.Sessions;

/// <summary>
/// The local session: every execution a command runs, one JSON file each under DIR/executions/STATE_MACHINE/, with its
/// report page next to it when the run had one. DIR is <c>--session</c>, else <c>STORAGEOPS_SESSION</c>, else
/// <c>.storageops/session</c> in the current directory. A later execution of the same state machine and name replaces it.
/// </summary>
public sealed class SessionStore
{
    public const string Variable = "STORAGEOPS_SESSION";
    public static readonly string DefaultDirectory = Path.Combine(".storageops", "session");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private SessionStore(string directory) => Directory = directory;

    public string Directory { get; }

    public static SessionStore Open(string? option) =>
        new(Path.GetFullPath(option ?? (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultDirectory)));

    /// <summary>Records an execution of the local engine, with its report page so <c>execution ID --report</c> can write it later.</summary>
    public SessionExecution Save(string stateMachine, string? definitionJson, JsonNode? input, ExecutionResult result, string source)
    {
        ArgumentNullException.ThrowIfNull(result);
        var execution = new SessionExecution(
            result.Name,
            result.ExecutionArn,
            stateMachine,
            StatusName(result.Status),
            result.StartDate,
            result.StopDate,
            input?.DeepClone(),
            result.Output?.DeepClone(),
            result.Error,
            result.Cause,
            JsonNode.Parse(result.ExportHistoryJson()),
            source);
        Save(execution);
        if (definitionJson is not null)
        {
            // As --report writes it: the page, and its distributed Map children's pages in NAME.children/.
            ExecutionReportFile.Write(Path.GetDirectoryName(PathOf(execution, ".html"))!, stateMachine, definitionJson, result);
        }

        return execution;
    }

    public void Save(SessionExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        WriteAtomically(PathOf(execution, ".json"), JsonSerializer.Serialize(execution, Json));
    }

    /// <summary>Every execution of the session, oldest first.</summary>
    public IReadOnlyList<SessionExecution> All()
    {
        var root = Path.Combine(Directory, "executions");
        if (!System.IO.Directory.Exists(root))
        {
            return [];
        }

        return System.IO.Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(file => (File: file, Execution: JsonSerializer.Deserialize<SessionExecution>(File.ReadAllText(file), Json)))
            .Where(entry => entry.Execution is not null)
            .OrderBy(entry => File.GetLastWriteTimeUtc(entry.File))
            .ThenBy(entry => entry.Execution!.StartDate)
            .Select(entry => entry.Execution!)
            .ToList();
    }

    /// <summary>By ARN, or by name (the most recent one when several state machines ran one of that name).</summary>
    public SessionExecution? Find(string id)
    {
        var all = All();
        return all.FirstOrDefault(execution => execution.ExecutionArn == id) ?? all.LastOrDefault(execution => execution.Name == id);
    }

    /// <summary>The report page recorded with the execution, or null when it had none (a run before sessions kept pages).</summary>
    public string? ReportPageOf(SessionExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var path = PathOf(execution, ".html");
        return File.Exists(path) ? path : null;
    }

    public static string StatusName(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        ExecutionStatus.Aborted => "ABORTED",
        _ => status.ToString().ToUpperInvariant(),
    };

    private string PathOf(SessionExecution execution, string extension) =>
        Path.Combine(Directory, "executions", ExecutionReportFile.FileNameOf(execution.StateMachine), ExecutionReportFile.FileNameOf(execution.Name) + extension);

    /// <summary>Parallel commands may share a session: each file appears whole or not at all.</summary>
    private static void WriteAtomically(string path, string content)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
