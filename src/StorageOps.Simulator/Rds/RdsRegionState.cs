namespace StorageOps.Simulator.Rds;

/// <summary>
/// The clusters and cluster snapshots of one account in one region; identifiers are case-insensitive as in RDS. Kept in creation
/// order and indexed by cluster, with a running count of manual snapshots, so a fleet of thousands of clusters pages, filters by
/// cluster and checks the quota without sorting or scanning everything on each request.
/// </summary>
internal sealed class RdsRegionState
{
    private static readonly Comparer<DBClusterSnapshot> BySequence = Comparer<DBClusterSnapshot>.Create((left, right) => left.Sequence.CompareTo(right.Sequence));

    private readonly Dictionary<string, DBCluster> clusters = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DBCluster> clustersInOrder = [];
    private readonly Dictionary<string, DBClusterSnapshot> snapshots = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedSet<DBClusterSnapshot> snapshotsInOrder = new(BySequence);
    private readonly Dictionary<string, SortedSet<DBClusterSnapshot>> snapshotsByCluster = new(StringComparer.OrdinalIgnoreCase);

    public long NextSequence { get; private set; }

    /// <summary>In creation (sequence) order; clusters are never removed, so appending keeps the order.</summary>
    public IEnumerable<DBCluster> Clusters => clustersInOrder;

    /// <summary>In creation (sequence) order.</summary>
    public IEnumerable<DBClusterSnapshot> Snapshots => snapshotsInOrder;

    public int ManualSnapshotCount { get; private set; }

    public long TakeSequence() => NextSequence++;

    public void Add(DBCluster cluster)
    {
        clusters.Add(cluster.DBClusterIdentifier, cluster);
        clustersInOrder.Add(cluster);
    }

    public void Add(DBClusterSnapshot snapshot)
    {
        snapshots.Add(snapshot.DBClusterSnapshotIdentifier, snapshot);
        snapshotsInOrder.Add(snapshot);
        if (!snapshotsByCluster.TryGetValue(snapshot.DBClusterIdentifier, out var ofCluster))
        {
            ofCluster = new SortedSet<DBClusterSnapshot>(BySequence);
            snapshotsByCluster.Add(snapshot.DBClusterIdentifier, ofCluster);
        }

        ofCluster.Add(snapshot);
        ManualSnapshotCount += snapshot.SnapshotType == SnapshotTypes.Manual ? 1 : 0;
    }

    public void Remove(DBClusterSnapshot snapshot)
    {
        if (!snapshots.Remove(snapshot.DBClusterSnapshotIdentifier))
        {
            return;
        }

        snapshotsInOrder.Remove(snapshot);
        snapshotsByCluster[snapshot.DBClusterIdentifier].Remove(snapshot);
        ManualSnapshotCount -= snapshot.SnapshotType == SnapshotTypes.Manual ? 1 : 0;
    }

    public DBCluster? FindCluster(string identifier) => clusters.GetValueOrDefault(identifier);

    public DBClusterSnapshot? FindSnapshot(string identifier) => snapshots.GetValueOrDefault(identifier);

    /// <summary>The snapshots of one cluster (by its identifier), in creation order.</summary>
    public IEnumerable<DBClusterSnapshot> SnapshotsOfCluster(string clusterIdentifier) =>
        snapshotsByCluster.TryGetValue(clusterIdentifier, out var ofCluster) ? ofCluster : [];
}
