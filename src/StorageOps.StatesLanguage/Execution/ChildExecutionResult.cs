using StorageOps.StatesLanguage.History;

namespace StorageOps.StatesLanguage.Execution;

/// <summary>
/// How one child execution of a distributed Map Run ended, with its own history (ExecutionStarted … ExecutionSucceeded
/// or ExecutionFailed). The history is kept packed: <see cref="History"/> unpacks it on every read, so read it once.
/// Input and output are JSON text. Dates are virtual time.
/// </summary>
public sealed class ChildExecutionResult
{
    private readonly byte[] _packedHistory;

    // Shared by every child of the Map Run: with thousands of children, their names and ARNs are built when read.
    private readonly string _mapRunId;
    private readonly string _executionArnPrefix;

    internal ChildExecutionResult(byte[] packedHistory, int historyEventCount, string mapRunId, string executionArnPrefix)
    {
        _packedHistory = packedHistory;
        HistoryEventCount = historyEventCount;
        _mapRunId = mapRunId;
        _executionArnPrefix = executionArnPrefix;
    }

    public string ExecutionArn => _executionArnPrefix + Name;

    /// <summary>The child's name: the Map Run's id, a colon and the item's (or batch's) index.</summary>
    public string Name => _mapRunId + ":" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The item's (or batch's) index in the Map Run.</summary>
    public required int Index { get; init; }

    public required ExecutionStatus Status { get; init; }

    public required string Input { get; init; }

    /// <summary>The output as JSON text, when the child succeeded.</summary>
    public string? Output { get; init; }

    public string? Error { get; init; }

    public string? Cause { get; init; }

    public required DateTimeOffset StartDate { get; init; }

    public required DateTimeOffset StopDate { get; init; }

    /// <summary>The distributed Map Runs this child started itself (a distributed Map inside the item processor).</summary>
    public IReadOnlyList<MapRunResult> MapRuns { get; init; } = [];

    public int HistoryEventCount { get; }

    /// <summary>The size of the packed history, in bytes.</summary>
    public int PackedHistoryBytes => _packedHistory.Length;

    /// <summary>The child's own history, unpacked anew on each read.</summary>
    public IReadOnlyList<HistoryEvent> History => CompactHistory.Unpack(_packedHistory);

    /// <summary>The history as the GetExecutionHistory response shape, <c>{"events":[...]}</c>.</summary>
    public string ExportHistoryJson(bool indented = false) => ExecutionHistoryJson.Write(History, indented);

    /// <summary>This child as an execution result of its own (its history unpacked once), e.g. for a report page.</summary>
    public ExecutionResult ToExecutionResult() => new()
    {
        ExecutionArn = ExecutionArn,
        Name = Name,
        Status = Status,
        Output = Output is null ? null : System.Text.Json.Nodes.JsonNode.Parse(Output),
        Error = Error,
        Cause = Cause,
        History = History,
        StartDate = StartDate,
        StopDate = StopDate,
        MapRuns = MapRuns,
    };
}
