using System.Xml.Linq;
using StorageOps.Aws.Protocol.AwsQuery;

namespace StorageOps.Aws.Rds;

/// <summary>The awsQuery shapes of the RDS model: form-parameter writers and XML readers (member names as in the model).</summary>
internal static class RdsShapes
{
    /// <summary><c>Tags.Tag.N.Key</c> / <c>Tags.Tag.N.Value</c>.</summary>
    public static QueryValueWriter<IEnumerable<Tag>> TagList { get; } = QueryValueWriters.List<Tag>("Tag", WriteTag);

    /// <summary><c>Filters.Filter.N.Name</c> / <c>Filters.Filter.N.Values.Value.M</c>.</summary>
    public static QueryValueWriter<IEnumerable<Filter>> FilterList { get; } = QueryValueWriters.List<Filter>("Filter", WriteFilter);

    /// <summary><c>TagKeys.member.N</c> (the model's <c>KeyList</c> names no member, so it is <c>member</c>).</summary>
    public static QueryValueWriter<IEnumerable<string>> KeyList { get; } = QueryValueWriters.List<string>("member", QueryValueWriters.String);

    private static QueryValueWriter<IEnumerable<string>> FilterValueList { get; } = QueryValueWriters.List<string>("Value", QueryValueWriters.String);

    public static void WriteTag(ICollection<KeyValuePair<string, string>> parameters, string prefix, Tag tag)
    {
        parameters.Add(new($"{prefix}.Key", tag.Key));
        parameters.Add(new($"{prefix}.Value", tag.Value));
    }

    public static void WriteFilter(ICollection<KeyValuePair<string, string>> parameters, string prefix, Filter filter)
    {
        parameters.Add(new($"{prefix}.Name", filter.Name));
        FilterValueList(parameters, $"{prefix}.Values", filter.Values);
    }

    public static Tag ReadTag(XElement shape) => new(shape.String("Key") ?? string.Empty, shape.String("Value") ?? string.Empty);

    public static DBClusterSnapshot ReadDBClusterSnapshot(XElement shape) => new()
    {
        DBClusterSnapshotIdentifier = shape.String("DBClusterSnapshotIdentifier"),
        DBClusterIdentifier = shape.String("DBClusterIdentifier"),
        DBClusterSnapshotArn = shape.String("DBClusterSnapshotArn"),
        Status = shape.String("Status"),
        SnapshotType = shape.String("SnapshotType"),
        SnapshotCreateTime = shape.Timestamp("SnapshotCreateTime"),
        ClusterCreateTime = shape.Timestamp("ClusterCreateTime"),
        AvailabilityZones = shape.StringList("AvailabilityZones"),
        Engine = shape.String("Engine"),
        EngineMode = shape.String("EngineMode"),
        EngineVersion = shape.String("EngineVersion"),
        AllocatedStorage = shape.Int32("AllocatedStorage"),
        Port = shape.Int32("Port"),
        VpcId = shape.String("VpcId"),
        MasterUsername = shape.String("MasterUsername"),
        LicenseModel = shape.String("LicenseModel"),
        PercentProgress = shape.Int32("PercentProgress"),
        StorageEncrypted = shape.Boolean("StorageEncrypted"),
        StorageEncryptionType = shape.String("StorageEncryptionType"),
        BackupRetentionPeriod = shape.Int32("BackupRetentionPeriod"),
        PreferredBackupWindow = shape.String("PreferredBackupWindow"),
        KmsKeyId = shape.String("KmsKeyId"),
        SourceDBClusterSnapshotArn = shape.String("SourceDBClusterSnapshotArn"),
        IAMDatabaseAuthenticationEnabled = shape.Boolean("IAMDatabaseAuthenticationEnabled"),
        StorageType = shape.String("StorageType"),
        StorageThroughput = shape.Int32("StorageThroughput"),
        DbClusterResourceId = shape.String("DbClusterResourceId"),
        DBSystemId = shape.String("DBSystemId"),
        TagList = shape.List("TagList", ReadTag),
    };

    public static DBClusterMember ReadDBClusterMember(XElement shape) => new(
        shape.String("DBInstanceIdentifier"),
        shape.Boolean("IsClusterWriter"),
        shape.String("DBClusterParameterGroupStatus"),
        shape.Int32("PromotionTier"));

    public static DBCluster ReadDBCluster(XElement shape) => new()
    {
        DBClusterIdentifier = shape.String("DBClusterIdentifier"),
        DBClusterArn = shape.String("DBClusterArn"),
        Status = shape.String("Status"),
        Engine = shape.String("Engine"),
        EngineVersion = shape.String("EngineVersion"),
        EngineMode = shape.String("EngineMode"),
        DbClusterResourceId = shape.String("DbClusterResourceId"),
        DatabaseName = shape.String("DatabaseName"),
        Endpoint = shape.String("Endpoint"),
        ReaderEndpoint = shape.String("ReaderEndpoint"),
        Port = shape.Int32("Port"),
        MasterUsername = shape.String("MasterUsername"),
        AllocatedStorage = shape.Int32("AllocatedStorage"),
        BackupRetentionPeriod = shape.Int32("BackupRetentionPeriod"),
        PreferredBackupWindow = shape.String("PreferredBackupWindow"),
        PreferredMaintenanceWindow = shape.String("PreferredMaintenanceWindow"),
        MultiAZ = shape.Boolean("MultiAZ"),
        StorageEncrypted = shape.Boolean("StorageEncrypted"),
        KmsKeyId = shape.String("KmsKeyId"),
        StorageType = shape.String("StorageType"),
        DBSubnetGroup = shape.String("DBSubnetGroup"),
        DBClusterParameterGroup = shape.String("DBClusterParameterGroup"),
        HostedZoneId = shape.String("HostedZoneId"),
        ClusterCreateTime = shape.Timestamp("ClusterCreateTime"),
        EarliestRestorableTime = shape.Timestamp("EarliestRestorableTime"),
        LatestRestorableTime = shape.Timestamp("LatestRestorableTime"),
        DeletionProtection = shape.Boolean("DeletionProtection"),
        CopyTagsToSnapshot = shape.Boolean("CopyTagsToSnapshot"),
        IAMDatabaseAuthenticationEnabled = shape.Boolean("IAMDatabaseAuthenticationEnabled"),
        AvailabilityZones = shape.StringList("AvailabilityZones"),
        DBClusterMembers = shape.List("DBClusterMembers", ReadDBClusterMember),
        TagList = shape.List("TagList", ReadTag),
    };

    /// <summary>The <c>DBClusterSnapshot</c> member of a Create/Copy/Delete result (null when the result has none).</summary>
    public static DBClusterSnapshot? ReadSnapshotResult(XElement result) => result.Object("DBClusterSnapshot", ReadDBClusterSnapshot);

    public static DescribeDBClusterSnapshotsResponse ReadDescribeDBClusterSnapshotsResponse(XElement result) =>
        new(result.List("DBClusterSnapshots", ReadDBClusterSnapshot), result.String("Marker"));

    public static DescribeDBClustersResponse ReadDescribeDBClustersResponse(XElement result) =>
        new(result.List("DBClusters", ReadDBCluster), result.String("Marker"));

    public static ListTagsForResourceResponse ReadListTagsForResourceResponse(XElement result) => new(result.List("TagList", ReadTag));
}
