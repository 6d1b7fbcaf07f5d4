namespace StorageOps.Simulator.Rds;

/// <summary>The clusters and cluster snapshots of one account in one region; identifiers are case-insensitive as in RDS.</summary>
internal sealed class RdsRegionState
{
    private readonly Dictionary<string, DBCluster> clusters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DBClusterSnapshot> snapshots = new(StringComparer.OrdinalIgnoreCase);

    public long NextSequence { get; private set; }

    public IEnumerable<DBCluster> Clusters => clusters.Values.OrderBy(cluster => cluster.Sequence);

    public IEnumerable<DBClusterSnapshot> Snapshots => snapshots.Values.OrderBy(snapshot => snapshot.Sequence);

    public int ManualSnapshotCount => snapshots.Values.Count(snapshot => snapshot.SnapshotType == SnapshotTypes.Manual);

    public long TakeSequence() => NextSequence++;

    public void Add(DBCluster cluster) => clusters.Add(cluster.DBClusterIdentifier, cluster);

    public void Add(DBClusterSnapshot snapshot) => snapshots.Add(snapshot.DBClusterSnapshotIdentifier, snapshot);

    public void Remove(DBClusterSnapshot snapshot) => snapshots.Remove(snapshot.DBClusterSnapshotIdentifier);

    public DBCluster? FindCluster(string identifier) => clusters.GetValueOrDefault(identifier);

    public DBClusterSnapshot? FindSnapshot(string identifier) => snapshots.GetValueOrDefault(identifier);
}
