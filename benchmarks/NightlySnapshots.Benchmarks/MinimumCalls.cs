namespace NightlySnapshots.Benchmarks;

/// <summary>
/// The calls a perfect first night over a fresh generated fleet needs, per service and operation, from the design
/// (docs/decisions/0014, the handlers' contract): every target tagged and available, one automated snapshot each, no manual
/// snapshot yet (so retention deletes nothing), each snapshot ready at its first describe (the expected durations equal
/// the simulator's), no throttled call.
/// </summary>
public static class MinimumCalls
{
    public const int ServicePageSize = 100;

    public static IReadOnlyDictionary<(string Service, string Operation), int> For(int aurora, int elastic)
    {
        var auroraPages = Pages(aurora);
        var elasticPages = Pages(elastic);
        return new Dictionary<(string, string), int>
        {
            // Discovery's pages, and CreateClusterSnapshot's read of the cluster's own tags (copied onto the snapshot).
            [("rds", "DescribeDBClusters")] = auroraPages + aurora,
            // StartNight's quota count (one page: no manual snapshot yet), one describe per snapshot, one retention listing per cluster.
            [("rds", "DescribeDBClusterSnapshots")] = 1 + aurora + aurora,
            [("rds", "CreateDBClusterSnapshot")] = aurora,
            [("docdb-elastic", "ListClusters")] = elasticPages,
            // Discovery's tag read per cluster (retention reads no tags on a first night: tonight's copy is the only name of ours, and the copy step vouches for it).
            [("docdb-elastic", "ListTagsForResource")] = elastic,
            // The newest automated snapshot to copy, and retention's listing of the manual ones.
            [("docdb-elastic", "ListClusterSnapshots")] = elastic + elastic,
            [("docdb-elastic", "CopyClusterSnapshot")] = elastic,
            [("docdb-elastic", "GetClusterSnapshot")] = elastic,
        };
    }

    private static int Pages(int items) => Math.Max(1, (items + ServicePageSize - 1) / ServicePageSize);
}
