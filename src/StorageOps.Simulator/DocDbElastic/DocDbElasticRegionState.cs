namespace StorageOps.Simulator.DocDbElastic;

/// <summary>
/// The elastic clusters and snapshots of one account in one region; snapshot names are unique regardless of case. Kept in creation
/// order and indexed by cluster, so listing one cluster's snapshots in a fleet of thousands touches only that cluster's.
/// </summary>
internal sealed class DocDbElasticRegionState
{
    private static readonly Comparer<ElasticClusterSnapshot> BySequence = Comparer<ElasticClusterSnapshot>.Create((left, right) => left.Sequence.CompareTo(right.Sequence));

    private readonly Dictionary<string, ElasticCluster> clustersByArn = new(StringComparer.Ordinal);
    private readonly List<ElasticCluster> clustersInOrder = [];
    private readonly Dictionary<string, ElasticClusterSnapshot> snapshotsByArn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ElasticClusterSnapshot> snapshotsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedSet<ElasticClusterSnapshot> snapshotsInOrder = new(BySequence);
    private readonly Dictionary<string, SortedSet<ElasticClusterSnapshot>> snapshotsByClusterArn = new(StringComparer.Ordinal);

    public long NextSequence { get; private set; }

    /// <summary>In creation (sequence) order; clusters are never removed, so appending keeps the order.</summary>
    public IEnumerable<ElasticCluster> Clusters => clustersInOrder;

    /// <summary>In creation (sequence) order.</summary>
    public IEnumerable<ElasticClusterSnapshot> Snapshots => snapshotsInOrder;

    public long TakeSequence() => NextSequence++;

    public void Add(ElasticCluster cluster)
    {
        clustersByArn.Add(cluster.ClusterArn, cluster);
        clustersInOrder.Add(cluster);
    }

    public void Add(ElasticClusterSnapshot snapshot)
    {
        snapshotsByArn.Add(snapshot.SnapshotArn, snapshot);
        snapshotsByName.Add(snapshot.SnapshotName, snapshot);
        snapshotsInOrder.Add(snapshot);
        if (!snapshotsByClusterArn.TryGetValue(snapshot.Cluster.ClusterArn, out var ofCluster))
        {
            ofCluster = new SortedSet<ElasticClusterSnapshot>(BySequence);
            snapshotsByClusterArn.Add(snapshot.Cluster.ClusterArn, ofCluster);
        }

        ofCluster.Add(snapshot);
    }

    public void Remove(ElasticClusterSnapshot snapshot)
    {
        if (!snapshotsByArn.Remove(snapshot.SnapshotArn))
        {
            return;
        }

        snapshotsByName.Remove(snapshot.SnapshotName);
        snapshotsInOrder.Remove(snapshot);
        snapshotsByClusterArn[snapshot.Cluster.ClusterArn].Remove(snapshot);
    }

    public ElasticCluster? FindCluster(string arn) => clustersByArn.GetValueOrDefault(arn);

    public ElasticClusterSnapshot? FindSnapshot(string arn) => snapshotsByArn.GetValueOrDefault(arn);

    public ElasticClusterSnapshot? FindSnapshotByName(string name) => snapshotsByName.GetValueOrDefault(name);

    /// <summary>The snapshots of the cluster with this ARN, in creation order.</summary>
    public IEnumerable<ElasticClusterSnapshot> SnapshotsOfCluster(string clusterArn) =>
        snapshotsByClusterArn.TryGetValue(clusterArn, out var ofCluster) ? ofCluster : [];
}
