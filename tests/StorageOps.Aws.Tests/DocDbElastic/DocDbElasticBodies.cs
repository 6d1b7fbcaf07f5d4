namespace StorageOps.Aws.Tests.DocDbElastic;

/// <summary>Response bodies written from the seed's response syntax (003: copy_cluster_snapshot) and the model's output shapes.</summary>
internal static class DocDbElasticBodies
{
    public const string SnapshotArn = "arn:aws:docdb-elastic:us-east-1:111122223333:cluster-snapshot/0f9e8d7c-6b5a-4321-8765-abcdef012345";
    public const string ClusterArn = "arn:aws:docdb-elastic:us-east-1:111122223333:cluster/0a1b2c3d-4e5f-6789-abcd-ef0123456789";

    public const string Snapshot = """
        {"adminUserName":"docdbadmin","clusterArn":"arn:aws:docdb-elastic:us-east-1:111122223333:cluster/0a1b2c3d-4e5f-6789-abcd-ef0123456789",
         "clusterCreationTime":"2024-03-01T10:15:30.123Z","kmsKeyId":"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
         "snapshotArn":"arn:aws:docdb-elastic:us-east-1:111122223333:cluster-snapshot/0f9e8d7c-6b5a-4321-8765-abcdef012345",
         "snapshotCreationTime":"2024-03-02T04:00:00Z","snapshotName":"elastic-cluster-snapshot-5","snapshotType":"MANUAL","status":"COPYING",
         "subnetIds":["subnet-0123456789abcdef0","subnet-0fedcba9876543210"],"vpcSecurityGroupIds":["sg-0123456789abcdef0"]}
        """;

    public const string SnapshotResponse = $$"""{"snapshot":{{Snapshot}}}""";

    public const string Cluster = """
        {"cluster":{"adminUserName":"docdbadmin","authType":"SECRET_ARN","backupRetentionPeriod":7,
         "clusterArn":"arn:aws:docdb-elastic:us-east-1:111122223333:cluster/0a1b2c3d-4e5f-6789-abcd-ef0123456789",
         "clusterEndpoint":"orders-111122223333.us-east-1.docdb-elastic.amazonaws.com","clusterName":"orders","createTime":"2024-03-01T10:15:30.123Z",
         "kmsKeyId":"AWS_OWNED_KMS_KEY","preferredBackupWindow":"03:00-04:00","preferredMaintenanceWindow":"sun:05:00-sun:06:00",
         "shardCapacity":2,"shardCount":3,"shardInstanceCount":2,
         "shards":[{"createTime":"2024-03-01T10:20:00Z","shardId":"shard-1","status":"ACTIVE"}],
         "status":"ACTIVE","subnetIds":["subnet-0123456789abcdef0"],"vpcSecurityGroupIds":["sg-0123456789abcdef0"]}}
        """;
}
