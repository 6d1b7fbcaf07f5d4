namespace StorageOps.Simulator.DocDbElastic;

/// <summary>The elastic clusters and snapshots of one account in one region; snapshot names are unique regardless of case.</summary>
internal sealed class DocDbElasticRegionState
{
    private readonly Dictionary<string, ElasticCluster> clustersByArn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ElasticClusterSnapshot> snapshotsByArn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ElasticClusterSnapshot> snapshotsByName = new(StringComparer.OrdinalIgnoreCase);

    public long NextSequence { get; private set; }

    public IEnumerable<ElasticCluster> Clusters => clustersByArn.Values.OrderBy(cluster => cluster.Sequence);

    public IEnumerable<ElasticClusterSnapshot> Snapshots => snapshotsByArn.Values.OrderBy(snapshot => snapshot.Sequence);

    public long TakeSequence() => NextSequence++;

    public void Add(ElasticCluster cluster) => clustersByArn.Add(cluster.ClusterArn, cluster);

    public void Add(ElasticClusterSnapshot snapshot)
    {
        snapshotsByArn.Add(snapshot.SnapshotArn, snapshot);
        snapshotsByName.Add(snapshot.SnapshotName, snapshot);
    }

    public void Remove(ElasticClusterSnapshot snapshot)
    {
        snapshotsByArn.Remove(snapshot.SnapshotArn);
        snapshotsByName.Remove(snapshot.SnapshotName);
    }

    public ElasticCluster? FindCluster(string arn) => clustersByArn.GetValueOrDefault(arn);

    public ElasticClusterSnapshot? FindSnapshot(string arn) => snapshotsByArn.GetValueOrDefault(arn);

    public ElasticClusterSnapshot? FindSnapshotByName(string name) => snapshotsByName.GetValueOrDefault(name);
}
