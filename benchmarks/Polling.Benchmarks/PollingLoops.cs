using StorageOps.Functions.Polling;

namespace Polling.Benchmarks;

/// <summary>
/// Which operation each polling loop of the workflows waits for, by its describe state's name. A loop is a Wait state
/// (SecondsPath from the handler's waitSeconds) whose Next is the describe task. Add a row when a workflow adds a loop;
/// a loop without a row is still counted, only its notice latency is not reported.
/// </summary>
public static class PollingLoops
{
    public static readonly IReadOnlyDictionary<string, PolledOperation> OperationByDescribeState = new Dictionary<string, PolledOperation>(StringComparer.Ordinal)
    {
        ["DescribeFileSystem"] = PolledOperation.FileSystemCreation,
        ["DescribeMountTargets"] = PolledOperation.MountTargetCreation,
        ["DescribeMountTarget"] = PolledOperation.MountTargetCreation,
        ["DescribeReplication"] = PolledOperation.ReplicationEnabling,
        ["DescribeReplicationConfiguration"] = PolledOperation.ReplicationEnabling,
        ["DescribeFileSystemDeletion"] = PolledOperation.FileSystemDeletion,
        ["DescribeMountTargetDeletion"] = PolledOperation.MountTargetDeletion,
        ["DescribeReplicationDeletion"] = PolledOperation.ReplicationDeletion,
    };

    /// <summary>States entered per extra polling round: Wait → describe Task → Choice, as every loop here is built.</summary>
    public const int TransitionsPerRound = 3;
}
