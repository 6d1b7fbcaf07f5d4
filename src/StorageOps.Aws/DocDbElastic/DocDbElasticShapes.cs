using System.Globalization;
using System.Text.Json;
using StorageOps.Aws.Protocol.Json;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>The JSON shapes of the DocumentDB Elastic model (lower-camel member names on the wire).</summary>
internal static class DocDbElasticShapes
{
    public static void WriteTags(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> tags) =>
        JsonValueWriters.Map<string>(JsonValueWriters.String)(writer, tags);

    public static ClusterSnapshot ReadClusterSnapshot(JsonElement shape) => new()
    {
        SnapshotArn = shape.String("snapshotArn"),
        SnapshotName = shape.String("snapshotName"),
        ClusterArn = shape.String("clusterArn"),
        Status = shape.String("status"),
        SnapshotType = shape.String("snapshotType"),
        SnapshotCreationTime = Time(shape, "snapshotCreationTime"),
        ClusterCreationTime = Time(shape, "clusterCreationTime"),
        AdminUserName = shape.String("adminUserName"),
        KmsKeyId = shape.String("kmsKeyId"),
        SubnetIds = shape.List("subnetIds", Text),
        VpcSecurityGroupIds = shape.List("vpcSecurityGroupIds", Text),
    };

    public static ClusterSnapshotInList ReadClusterSnapshotInList(JsonElement shape) => new()
    {
        SnapshotArn = shape.String("snapshotArn"),
        SnapshotName = shape.String("snapshotName"),
        ClusterArn = shape.String("clusterArn"),
        Status = shape.String("status"),
        SnapshotCreationTime = Time(shape, "snapshotCreationTime"),
    };

    public static Cluster ReadCluster(JsonElement shape) => new()
    {
        ClusterArn = shape.String("clusterArn"),
        ClusterName = shape.String("clusterName"),
        Status = shape.String("status"),
        ClusterEndpoint = shape.String("clusterEndpoint"),
        CreateTime = Time(shape, "createTime"),
        AdminUserName = shape.String("adminUserName"),
        AuthType = shape.String("authType"),
        KmsKeyId = shape.String("kmsKeyId"),
        BackupRetentionPeriod = shape.Int32("backupRetentionPeriod"),
        PreferredBackupWindow = shape.String("preferredBackupWindow"),
        PreferredMaintenanceWindow = shape.String("preferredMaintenanceWindow"),
        ShardCapacity = shape.Int32("shardCapacity"),
        ShardCount = shape.Int32("shardCount"),
        ShardInstanceCount = shape.Int32("shardInstanceCount"),
        Shards = shape.List("shards", shard => new Shard(shard.String("shardId"), shard.String("status"), Time(shard, "createTime"))),
        SubnetIds = shape.List("subnetIds", Text),
        VpcSecurityGroupIds = shape.List("vpcSecurityGroupIds", Text),
    };

    public static CopyClusterSnapshotResponse ReadCopyClusterSnapshotResponse(JsonElement shape) => new(ReadSnapshotMember(shape));

    public static GetClusterSnapshotResponse ReadGetClusterSnapshotResponse(JsonElement shape) => new(ReadSnapshotMember(shape));

    public static DeleteClusterSnapshotResponse ReadDeleteClusterSnapshotResponse(JsonElement shape) => new(ReadSnapshotMember(shape));

    public static ListClusterSnapshotsResponse ReadListClusterSnapshotsResponse(JsonElement shape) =>
        new(shape.List("snapshots", ReadClusterSnapshotInList), shape.String("nextToken"));

    public static ListClustersResponse ReadListClustersResponse(JsonElement shape) => new(
        shape.List("clusters", cluster => new ClusterInList(cluster.String("clusterArn"), cluster.String("clusterName"), cluster.String("status"))),
        shape.String("nextToken"));

    public static GetClusterResponse ReadGetClusterResponse(JsonElement shape) =>
        new(shape.Object("cluster", ReadCluster));

    public static ListTagsForResourceResponse ReadListTagsForResourceResponse(JsonElement shape) =>
        new(shape.StringMap("tags"));

    private static ClusterSnapshot? ReadSnapshotMember(JsonElement shape) => shape.Object("snapshot", ReadClusterSnapshot);

    private static string Text(JsonElement value) => JsonShapeReader.StringValue(value);

    /// <summary>
    /// The model types these timestamps as strings (ISO 8601 in practice); a value that is not a date-time reads as null
    /// rather than failing the whole response.
    /// </summary>
    private static DateTimeOffset? Time(JsonElement shape, string name) =>
        shape.String(name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
