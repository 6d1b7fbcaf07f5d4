using StorageOps.Aws.Rds;
using StorageOps.Aws.Tests.Support;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Rds;

/// <summary>
/// awsQuery XML responses parsed into our records. Botocore's RDS examples-1.json has empty outputs, so the bodies
/// follow the seed's Response Syntax (every DBClusterSnapshot member) with the XML member names of the 2014-10-31 model.
/// </summary>
public sealed class RdsClientResponseTests
{
    private const string EverySnapshotMember = """
        <DBClusterSnapshot>
          <AvailabilityZones><AvailabilityZone>us-east-1a</AvailabilityZone><AvailabilityZone>us-east-1b</AvailabilityZone></AvailabilityZones>
          <DBClusterSnapshotIdentifier>nightly-2024-01-02</DBClusterSnapshotIdentifier>
          <DBClusterIdentifier>orders-cluster</DBClusterIdentifier>
          <SnapshotCreateTime>2024-01-02T03:04:05.678Z</SnapshotCreateTime>
          <Engine>aurora-postgresql</Engine>
          <EngineMode>provisioned</EngineMode>
          <AllocatedStorage>1</AllocatedStorage>
          <Status>creating</Status>
          <Port>5432</Port>
          <VpcId>vpc-0123456789abcdef0</VpcId>
          <ClusterCreateTime>2023-06-01T00:00:00Z</ClusterCreateTime>
          <MasterUsername>postgres</MasterUsername>
          <EngineVersion>15.4</EngineVersion>
          <LicenseModel>postgresql-license</LicenseModel>
          <SnapshotType>manual</SnapshotType>
          <PercentProgress>0</PercentProgress>
          <StorageEncrypted>true</StorageEncrypted>
          <StorageEncryptionType>sse-kms</StorageEncryptionType>
          <BackupRetentionPeriod>7</BackupRetentionPeriod>
          <PreferredBackupWindow>03:00-04:00</PreferredBackupWindow>
          <KmsKeyId>arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</KmsKeyId>
          <DBClusterSnapshotArn>arn:aws:rds:us-east-1:111122223333:cluster-snapshot:nightly-2024-01-02</DBClusterSnapshotArn>
          <SourceDBClusterSnapshotArn>arn:aws:rds:us-west-2:111122223333:cluster-snapshot:source</SourceDBClusterSnapshotArn>
          <IAMDatabaseAuthenticationEnabled>false</IAMDatabaseAuthenticationEnabled>
          <TagList><Tag><Key>storageops:owner</Key><Value>storageops</Value></Tag><Tag><Key>empty</Key><Value></Value></Tag></TagList>
          <StorageType>aurora-iopt1</StorageType>
          <StorageThroughput>125</StorageThroughput>
          <DbClusterResourceId>cluster-ABCDEFGHIJKLMNOP</DbClusterResourceId>
          <DBSystemId>sys-1</DBSystemId>
        </DBClusterSnapshot>
        """;

    private static readonly DBClusterSnapshot ExpectedSnapshot = new()
    {
        AvailabilityZones = ["us-east-1a", "us-east-1b"],
        DBClusterSnapshotIdentifier = "nightly-2024-01-02",
        DBClusterIdentifier = "orders-cluster",
        SnapshotCreateTime = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 678, TimeSpan.Zero),
        Engine = "aurora-postgresql",
        EngineMode = "provisioned",
        AllocatedStorage = 1,
        Status = "creating",
        Port = 5432,
        VpcId = "vpc-0123456789abcdef0",
        ClusterCreateTime = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero),
        MasterUsername = "postgres",
        EngineVersion = "15.4",
        LicenseModel = "postgresql-license",
        SnapshotType = "manual",
        PercentProgress = 0,
        StorageEncrypted = true,
        StorageEncryptionType = "sse-kms",
        BackupRetentionPeriod = 7,
        PreferredBackupWindow = "03:00-04:00",
        KmsKeyId = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        DBClusterSnapshotArn = "arn:aws:rds:us-east-1:111122223333:cluster-snapshot:nightly-2024-01-02",
        SourceDBClusterSnapshotArn = "arn:aws:rds:us-west-2:111122223333:cluster-snapshot:source",
        IAMDatabaseAuthenticationEnabled = false,
        TagList = [new Tag("storageops:owner", "storageops"), new Tag("empty", "")],
        StorageType = "aurora-iopt1",
        StorageThroughput = 125,
        DbClusterResourceId = "cluster-ABCDEFGHIJKLMNOP",
        DBSystemId = "sys-1",
    };

    [Fact]
    public async Task CreateDBClusterSnapshotAsync_WhenServiceReturnsApiReferenceSampleResponse_ShouldParseEveryField()
    {
        var body = await File.ReadAllTextAsync(RepositoryPaths.Combine("tests", "StorageOps.Aws.Tests", "Rds", "responses", "CreateDBClusterSnapshot.xml"));
        await using var server = new CaptureServer();
        server.Respond(new CannedResponse(200, body, new Dictionary<string, string> { ["Content-Type"] = "text/xml" }));
        using var client = RdsTestClients.For(server.Endpoint);

        var snapshot = await client.CreateDBClusterSnapshotAsync(new CreateDBClusterSnapshotRequest
        {
            DBClusterSnapshotIdentifier = "sample-cluster-snapshot",
            DBClusterIdentifier = "sample-cluster",
        });
        Assert.NotNull(snapshot);

        Assert.Equal(
            new DBClusterSnapshot
            {
                Port = 0,
                Engine = "aurora",
                Status = "creating",
                SnapshotType = "manual",
                LicenseModel = "aurora",
                DBClusterSnapshotIdentifier = "sample-cluster-snapshot",
                SnapshotCreateTime = new DateTimeOffset(2015, 3, 18, 20, 53, 22, 523, TimeSpan.Zero),
                DBClusterIdentifier = "sample-cluster",
                VpcId = "vpc-3faffe54",
                ClusterCreateTime = new DateTimeOffset(2015, 3, 6, 22, 11, 13, 826, TimeSpan.Zero),
                PercentProgress = 0,
                AllocatedStorage = 1,
                MasterUsername = "awsuser",
                AvailabilityZones = snapshot.AvailabilityZones,
                TagList = snapshot.TagList,
            },
            snapshot);
        Assert.Empty(snapshot.AvailabilityZones);
        Assert.Empty(snapshot.TagList);
    }

    [Fact]
    public async Task CreateDBClusterSnapshotAsync_WhenResponseHasEveryMember_ShouldParseEveryMember()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Xml("CreateDBClusterSnapshot", EverySnapshotMember));
        using var client = RdsTestClients.For(server.Endpoint);

        var snapshot = await client.CreateDBClusterSnapshotAsync(new CreateDBClusterSnapshotRequest
        {
            DBClusterSnapshotIdentifier = "nightly-2024-01-02",
            DBClusterIdentifier = "orders-cluster",
        });

        AssertSnapshot(ExpectedSnapshot, snapshot!);
    }

    [Fact]
    public async Task CopyAndDeleteDBClusterSnapshotAsync_WhenResultWrapsSnapshot_ShouldParseIt()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Xml("CopyDBClusterSnapshot", EverySnapshotMember), RdsTestClients.Xml("DeleteDBClusterSnapshot", EverySnapshotMember));
        using var client = RdsTestClients.For(server.Endpoint);

        var copied = await client.CopyDBClusterSnapshotAsync(new CopyDBClusterSnapshotRequest { SourceDBClusterSnapshotIdentifier = "a", TargetDBClusterSnapshotIdentifier = "b" });
        var deleted = await client.DeleteDBClusterSnapshotAsync(new DeleteDBClusterSnapshotRequest { DBClusterSnapshotIdentifier = "b" });

        AssertSnapshot(ExpectedSnapshot, copied!);
        AssertSnapshot(ExpectedSnapshot, deleted!);
    }

    [Fact]
    public async Task DescribeDBClusterSnapshotsAsync_WhenPageHasMarker_ShouldParseSnapshotsAndMarker()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Xml(
            "DescribeDBClusterSnapshots",
            $"<DBClusterSnapshots>{EverySnapshotMember}<DBClusterSnapshot><DBClusterSnapshotIdentifier>second</DBClusterSnapshotIdentifier></DBClusterSnapshot></DBClusterSnapshots><Marker>next+page/==</Marker>"));
        using var client = RdsTestClients.For(server.Endpoint);

        var page = await client.DescribeDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest());

        Assert.Equal(2, page.DBClusterSnapshots.Count);
        AssertSnapshot(ExpectedSnapshot, page.DBClusterSnapshots[0]);
        Assert.Equal(new DBClusterSnapshot { DBClusterSnapshotIdentifier = "second" }, page.DBClusterSnapshots[1] with { AvailabilityZones = [], TagList = [] });
        Assert.Empty(page.DBClusterSnapshots[1].TagList);
        Assert.Equal("next+page/==", page.Marker);
    }

    [Fact]
    public async Task DescribeDBClustersAsync_WhenClusterHasTagsAndMembers_ShouldParseThem()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Xml("DescribeDBClusters", """
            <DBClusters><DBCluster>
              <AllocatedStorage>1</AllocatedStorage>
              <AvailabilityZones><AvailabilityZone>us-east-1a</AvailabilityZone></AvailabilityZones>
              <BackupRetentionPeriod>7</BackupRetentionPeriod>
              <DatabaseName>orders</DatabaseName>
              <DBClusterIdentifier>orders-cluster</DBClusterIdentifier>
              <DBClusterParameterGroup>default.aurora-postgresql15</DBClusterParameterGroup>
              <DBSubnetGroup>default</DBSubnetGroup>
              <Status>available</Status>
              <EarliestRestorableTime>2024-01-01T00:00:00Z</EarliestRestorableTime>
              <Endpoint>orders-cluster.cluster-abc.us-east-1.rds.amazonaws.com</Endpoint>
              <ReaderEndpoint>orders-cluster.cluster-ro-abc.us-east-1.rds.amazonaws.com</ReaderEndpoint>
              <MultiAZ>false</MultiAZ>
              <Engine>aurora-postgresql</Engine>
              <EngineVersion>15.4</EngineVersion>
              <LatestRestorableTime>2024-01-02T00:00:00Z</LatestRestorableTime>
              <Port>5432</Port>
              <MasterUsername>postgres</MasterUsername>
              <PreferredBackupWindow>03:00-04:00</PreferredBackupWindow>
              <PreferredMaintenanceWindow>sun:05:00-sun:06:00</PreferredMaintenanceWindow>
              <DBClusterMembers><DBClusterMember><DBInstanceIdentifier>orders-1</DBInstanceIdentifier><IsClusterWriter>true</IsClusterWriter><DBClusterParameterGroupStatus>in-sync</DBClusterParameterGroupStatus><PromotionTier>1</PromotionTier></DBClusterMember></DBClusterMembers>
              <HostedZoneId>Z2R2ITUGPM61AM</HostedZoneId>
              <StorageEncrypted>true</StorageEncrypted>
              <KmsKeyId>arn:aws:kms:us-east-1:111122223333:key/k</KmsKeyId>
              <DbClusterResourceId>cluster-ABC</DbClusterResourceId>
              <DBClusterArn>arn:aws:rds:us-east-1:111122223333:cluster:orders-cluster</DBClusterArn>
              <IAMDatabaseAuthenticationEnabled>false</IAMDatabaseAuthenticationEnabled>
              <ClusterCreateTime>2023-06-01T00:00:00Z</ClusterCreateTime>
              <EngineMode>provisioned</EngineMode>
              <DeletionProtection>true</DeletionProtection>
              <CopyTagsToSnapshot>true</CopyTagsToSnapshot>
              <StorageType>aurora</StorageType>
              <TagList><Tag><Key>storageops:nightly</Key><Value>true</Value></Tag></TagList>
            </DBCluster></DBClusters>
            """));
        using var client = RdsTestClients.For(server.Endpoint);

        var page = await client.DescribeDBClustersAsync(new DescribeDBClustersRequest());

        var cluster = Assert.Single(page.DBClusters);
        Assert.Null(page.Marker);
        Assert.Equal(
            new DBCluster
            {
                AllocatedStorage = 1,
                BackupRetentionPeriod = 7,
                DatabaseName = "orders",
                DBClusterIdentifier = "orders-cluster",
                DBClusterParameterGroup = "default.aurora-postgresql15",
                DBSubnetGroup = "default",
                Status = "available",
                EarliestRestorableTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
                Endpoint = "orders-cluster.cluster-abc.us-east-1.rds.amazonaws.com",
                ReaderEndpoint = "orders-cluster.cluster-ro-abc.us-east-1.rds.amazonaws.com",
                MultiAZ = false,
                Engine = "aurora-postgresql",
                EngineVersion = "15.4",
                LatestRestorableTime = new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero),
                Port = 5432,
                MasterUsername = "postgres",
                PreferredBackupWindow = "03:00-04:00",
                PreferredMaintenanceWindow = "sun:05:00-sun:06:00",
                HostedZoneId = "Z2R2ITUGPM61AM",
                StorageEncrypted = true,
                KmsKeyId = "arn:aws:kms:us-east-1:111122223333:key/k",
                DbClusterResourceId = "cluster-ABC",
                DBClusterArn = "arn:aws:rds:us-east-1:111122223333:cluster:orders-cluster",
                IAMDatabaseAuthenticationEnabled = false,
                ClusterCreateTime = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero),
                EngineMode = "provisioned",
                DeletionProtection = true,
                CopyTagsToSnapshot = true,
                StorageType = "aurora",
                AvailabilityZones = cluster.AvailabilityZones,
                DBClusterMembers = cluster.DBClusterMembers,
                TagList = cluster.TagList,
            },
            cluster);
        Assert.Equal(["us-east-1a"], cluster.AvailabilityZones);
        Assert.Equal([new DBClusterMember("orders-1", true, "in-sync", 1)], cluster.DBClusterMembers);
        Assert.Equal([new Tag("storageops:nightly", "true")], cluster.TagList);
    }

    [Fact]
    public async Task ListTagsForResourceAsync_WhenTagsReturned_ShouldParseTagList()
    {
        await using var server = new CaptureServer();
        server.Respond(RdsTestClients.Xml("ListTagsForResource", "<TagList><Tag><Key>a</Key><Value>1</Value></Tag><Tag><Key>b</Key></Tag></TagList>"));
        using var client = RdsTestClients.For(server.Endpoint);

        var tags = await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceName = "arn:aws:rds:us-east-1:111122223333:cluster:c" });

        Assert.Equal([new Tag("a", "1"), new Tag("b", "")], tags.TagList);
    }

    [Fact]
    public async Task AddTagsToResourceAsync_WhenResponseHasOnlyMetadata_ShouldComplete()
    {
        await using var server = new CaptureServer();
        server.Respond(new CannedResponse(200, """<AddTagsToResourceResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AddTagsToResourceResponse>"""));
        using var client = RdsTestClients.For(server.Endpoint);

        await client.AddTagsToResourceAsync(new AddTagsToResourceRequest { ResourceName = "arn:aws:rds:us-east-1:111122223333:cluster:c", Tags = [new Tag("k", "v")] });

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task DescribeAllDBClusterSnapshotsAsync_WhenPagesLinkedByMarker_ShouldFollowToTheEnd()
    {
        await using var server = new CaptureServer();
        server.Respond(
            RdsTestClients.Xml("DescribeDBClusterSnapshots", "<DBClusterSnapshots><DBClusterSnapshot><DBClusterSnapshotIdentifier>a</DBClusterSnapshotIdentifier></DBClusterSnapshot></DBClusterSnapshots><Marker>m1</Marker>"),
            RdsTestClients.Xml("DescribeDBClusterSnapshots", "<DBClusterSnapshots><DBClusterSnapshot><DBClusterSnapshotIdentifier>b</DBClusterSnapshotIdentifier></DBClusterSnapshot></DBClusterSnapshots>"));
        using var client = RdsTestClients.For(server.Endpoint);

        var identifiers = new List<string>();
        await foreach (var snapshot in client.DescribeAllDBClusterSnapshotsAsync(new DescribeDBClusterSnapshotsRequest { MaxRecords = 20 }))
        {
            identifiers.Add(snapshot.DBClusterSnapshotIdentifier!);
        }

        Assert.Equal(["a", "b"], identifiers);
        Assert.Equal(2, server.Requests.Count);
        Assert.DoesNotContain(FormParameters.Parse(server.Requests[0].BodyText), p => p.Name == "Marker");
        Assert.Contains(("Marker", "m1"), FormParameters.Parse(server.Requests[1].BodyText));
        Assert.Contains(("MaxRecords", "20"), FormParameters.Parse(server.Requests[1].BodyText));
    }

    [Fact]
    public async Task DescribeAllDBClustersAsync_WhenPagesLinkedByMarker_ShouldFollowToTheEnd()
    {
        await using var server = new CaptureServer();
        server.Respond(
            RdsTestClients.Xml("DescribeDBClusters", "<DBClusters><DBCluster><DBClusterIdentifier>a</DBClusterIdentifier></DBCluster></DBClusters><Marker>m1</Marker>"),
            RdsTestClients.Xml("DescribeDBClusters", "<DBClusters><DBCluster><DBClusterIdentifier>b</DBClusterIdentifier></DBCluster></DBClusters>"));
        using var client = RdsTestClients.For(server.Endpoint);
        IRdsClient rds = client;

        var identifiers = new List<string>();
        await foreach (var cluster in rds.DescribeAllDBClustersAsync(new DescribeDBClustersRequest()))
        {
            identifiers.Add(cluster.DBClusterIdentifier!);
        }

        Assert.Equal(["a", "b"], identifiers);
    }

    private static void AssertSnapshot(DBClusterSnapshot expected, DBClusterSnapshot actual)
    {
        Assert.Equal(expected.AvailabilityZones, actual.AvailabilityZones);
        Assert.Equal(expected.TagList, actual.TagList);
        Assert.Equal(expected, actual with { AvailabilityZones = expected.AvailabilityZones, TagList = expected.TagList });
    }
}
