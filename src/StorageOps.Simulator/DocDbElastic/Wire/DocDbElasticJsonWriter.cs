using System.Globalization;
using System.Text.Json;

namespace StorageOps.Simulator.DocDbElastic.Wire;

/// <summary>Writes DocumentDB Elastic shapes with their lower-camel member names and ISO 8601 time strings.</summary>
internal static class DocDbElasticJsonWriter
{
    public static void WriteSnapshot(Utf8JsonWriter writer, ElasticClusterSnapshotDescription snapshot)
    {
        writer.WriteStartObject();
        writer.WriteString("adminUserName", snapshot.AdminUserName);
        writer.WriteString("clusterArn", snapshot.ClusterArn);
        writer.WriteString("clusterCreationTime", Timestamp(snapshot.ClusterCreationTime));
        writer.WriteString("kmsKeyId", snapshot.KmsKeyId);
        writer.WriteString("snapshotArn", snapshot.SnapshotArn);
        writer.WriteString("snapshotCreationTime", Timestamp(snapshot.SnapshotCreationTime));
        writer.WriteString("snapshotName", snapshot.SnapshotName);
        writer.WriteString("snapshotType", snapshot.SnapshotType);
        writer.WriteString("status", snapshot.Status);
        WriteStrings(writer, "subnetIds", snapshot.SubnetIds);
        WriteStrings(writer, "vpcSecurityGroupIds", snapshot.VpcSecurityGroupIds);
        writer.WriteEndObject();
    }

    /// <summary>The <c>ClusterSnapshotInList</c> subset that ListClusterSnapshots returns.</summary>
    public static void WriteSnapshotInList(Utf8JsonWriter writer, ElasticClusterSnapshotDescription snapshot)
    {
        writer.WriteStartObject();
        writer.WriteString("clusterArn", snapshot.ClusterArn);
        writer.WriteString("snapshotArn", snapshot.SnapshotArn);
        writer.WriteString("snapshotCreationTime", Timestamp(snapshot.SnapshotCreationTime));
        writer.WriteString("snapshotName", snapshot.SnapshotName);
        writer.WriteString("status", snapshot.Status);
        writer.WriteEndObject();
    }

    public static void WriteCluster(Utf8JsonWriter writer, ElasticClusterDescription cluster)
    {
        writer.WriteStartObject();
        writer.WriteString("adminUserName", cluster.AdminUserName);
        writer.WriteString("authType", cluster.AuthType);
        writer.WriteNumber("backupRetentionPeriod", cluster.BackupRetentionPeriod);
        writer.WriteString("clusterArn", cluster.ClusterArn);
        writer.WriteString("clusterEndpoint", cluster.ClusterEndpoint);
        writer.WriteString("clusterName", cluster.ClusterName);
        writer.WriteString("createTime", Timestamp(cluster.CreateTime));
        writer.WriteString("kmsKeyId", cluster.KmsKeyId);
        writer.WriteString("preferredBackupWindow", cluster.PreferredBackupWindow);
        writer.WriteString("preferredMaintenanceWindow", cluster.PreferredMaintenanceWindow);
        writer.WriteNumber("shardCapacity", cluster.ShardCapacity);
        writer.WriteNumber("shardCount", cluster.ShardCount);
        writer.WriteNumber("shardInstanceCount", cluster.ShardInstanceCount);
        writer.WriteStartArray("shards");
        foreach (var shard in cluster.Shards)
        {
            writer.WriteStartObject();
            writer.WriteString("createTime", Timestamp(shard.CreateTime));
            writer.WriteString("shardId", shard.ShardId);
            writer.WriteString("status", shard.Status);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("status", cluster.Status);
        WriteStrings(writer, "subnetIds", cluster.SubnetIds);
        WriteStrings(writer, "vpcSecurityGroupIds", cluster.VpcSecurityGroupIds);
        writer.WriteEndObject();
    }

    /// <summary>The <c>ClusterInList</c> subset that ListClusters returns.</summary>
    public static void WriteClusterInList(Utf8JsonWriter writer, ElasticClusterDescription cluster)
    {
        writer.WriteStartObject();
        writer.WriteString("clusterArn", cluster.ClusterArn);
        writer.WriteString("clusterName", cluster.ClusterName);
        writer.WriteString("status", cluster.Status);
        writer.WriteEndObject();
    }

    public static void WriteTags(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> tags)
    {
        writer.WriteStartObject("tags");
        foreach (var (key, value) in tags.OrderBy(tag => tag.Key, StringComparer.Ordinal))
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
