namespace StorageOps.Functions.Polling;

/// <summary>An EFS operation whose end a workflow waits for by polling a describe call.</summary>
public enum PolledOperation
{
    /// <summary>CreateFileSystem: <c>creating</c> → <c>available</c>.</summary>
    FileSystemCreation,

    /// <summary>UpdateFileSystem (throughput): <c>updating</c> → <c>available</c>.</summary>
    FileSystemUpdate,

    /// <summary>DeleteFileSystem: <c>deleting</c> → gone.</summary>
    FileSystemDeletion,

    /// <summary>CreateMountTarget: <c>creating</c> → <c>available</c>.</summary>
    MountTargetCreation,

    /// <summary>DeleteMountTarget: <c>deleting</c> → gone.</summary>
    MountTargetDeletion,

    /// <summary>CreateReplicationConfiguration: destination <c>ENABLING</c> → <c>ENABLED</c>.</summary>
    ReplicationEnabling,

    /// <summary>DeleteReplicationConfiguration: destination <c>DELETING</c> → gone.</summary>
    ReplicationDeletion,

    /// <summary>CreateDBClusterSnapshot: snapshot <c>creating</c> → <c>available</c>.</summary>
    ClusterSnapshotCreation,

    /// <summary>A DB cluster that refused a snapshot (InvalidDBClusterStateFault): not <c>available</c> → <c>available</c>.</summary>
    ClusterAvailability,
    /// <summary>DocumentDB Elastic CopyClusterSnapshot: the copy <c>CREATING</c> → <c>ACTIVE</c>.</summary>
    ElasticSnapshotCopy,
}
