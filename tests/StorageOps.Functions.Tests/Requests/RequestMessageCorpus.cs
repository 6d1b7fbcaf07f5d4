namespace StorageOps.Functions.Tests.Requests;

/// <summary>Request messages, valid and invalid, that both the JSON Schemas and the C# reader must judge alike.</summary>
internal static class RequestMessageCorpus
{
    public const string FileSystemId = "fs-0123456789abcdef0";
    public const string SubnetA = "subnet-0a1b2c3d4e5f60001";
    public const string SubnetB = "subnet-0a1b2c3d4e5f60002";
    public const string SecurityGroup = "sg-0a1b2c3d4e5f60001";

    /// <summary>Every member of every contract set to a valid value, so removing any one shows whether it is required.</summary>
    public static readonly IReadOnlyDictionary<string, string> Complete = new Dictionary<string, string>
    {
        ["provision-file-system"] = $$"""
            {"action":"provision-file-system","requestId":"req-complete","performanceMode":"generalPurpose","throughputMode":"elastic",
             "encrypted":true,"kmsKeyId":"alias/efs","availabilityZoneName":"us-east-1a","backup":true,"tags":{"Name":"complete"},
             "mountTargets":[{"subnetId":"{{SubnetA}}","securityGroups":["{{SecurityGroup}}"],"ipAddress":"172.31.0.10"}],
             "replication":{"region":"us-west-2","kmsKeyId":"alias/efs-dr","roleArn":"arn:aws:iam::123456789012:role/efs-replication"},
             "rollbackOnFailure":false,"timeoutSeconds":1800}
            """,
        ["replicate-file-system"] = $$"""
            {"action":"replicate-file-system","requestId":"req-complete","fileSystemId":"{{FileSystemId}}",
             "destination":{"fileSystemId":"arn:aws:elasticfilesystem:us-west-2:210987654321:file-system/fs-0fedcba9876543210","region":"us-west-2","roleArn":"arn:aws:iam::123456789012:role/efs-replication"},
             "timeoutSeconds":3600}
            """,
        ["update-file-system"] = $$"""
            {"action":"update-file-system","requestId":"req-complete","fileSystemId":"{{FileSystemId}}","throughputMode":"elastic",
             "mountTargetSecurityGroups":[{"mountTargetId":"fsmt-0123456789abcdef0","securityGroups":["{{SecurityGroup}}"]}],
             "tags":{"team":"analytics"},"removeTagKeys":["old"],"replicationOverwriteProtection":"DISABLED","timeoutSeconds":600}
            """,
        ["teardown-file-system"] = $$"""
            {"action":"teardown-file-system","requestId":"req-complete","fileSystemId":"{{FileSystemId}}","force":true,"timeoutSeconds":900}
            """,
    };

    /// <summary>(schema, message, whether it is valid).</summary>
    public static readonly IReadOnlyList<(string Action, string Message, bool Valid)> Messages =
    [
        .. Complete.Select(pair => (pair.Key, pair.Value, true)),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1"}""", true),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","throughputMode":"provisioned","provisionedThroughputInMibps":3414}""", true),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","throughputMode":"provisioned","provisionedThroughputInMibps":1}""", true),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","mountTargets":[]}""", true),
        ("provision-file-system", $$"""{"action":"provision-file-system","requestId":"r-1","mountTargets":[{"subnetId":"{{SubnetA}}"},{"subnetId":"{{SubnetB}}","ipAddress":"10.0.255.255"}]}""", true),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","replication":{"availabilityZoneName":"us-west-2b"}}""", true),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","replication":{"fileSystemId":"fs-0fedcba9876543210"}}""", true),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","tags":{}}""", true),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","encrypted":false}""", true),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","performanceMode":"maxIO","throughputMode":"bursting"}""", true),
        ("provision-file-system", """{"action":"provision-file-system"}""", false),
        ("provision-file-system", """{"requestId":"r-1"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r/1"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1\n"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":""}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":7}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","requestid":"r-2"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","performanceMode":"fast"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","throughputMode":"provisioned"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","throughputMode":"elastic","provisionedThroughputInMibps":10}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","provisionedThroughputInMibps":10}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","throughputMode":"provisioned","provisionedThroughputInMibps":0.5}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","throughputMode":"provisioned","provisionedThroughputInMibps":3414.5}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","performanceMode":"maxIO","throughputMode":"elastic"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","performanceMode":"maxIO","availabilityZoneName":"us-east-1a"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","encrypted":false,"kmsKeyId":"alias/efs"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","kmsKeyId":"my key"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","kmsKeyId":null}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","availabilityZoneName":"us-east-1"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","timeoutSeconds":0}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","timeoutSeconds":86401}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","timeoutSeconds":"60"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","tags":{"aws:x":"v"}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","tags":{"AWS:x":"v"}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","tags":{"storageops:request-id":"v"}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","tags":{"":"v"}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","tags":{"k":7}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","tags":["k"]}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","mountTargets":[{}]}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","mountTargets":[{"subnetId":"subnet-1"}]}""", false),
        ("provision-file-system", $$"""{"action":"provision-file-system","requestId":"r-1","mountTargets":[{"subnetId":"{{SubnetA}}","securityGroups":[]}]}""", false),
        ("provision-file-system", $$"""{"action":"provision-file-system","requestId":"r-1","mountTargets":[{"subnetId":"{{SubnetA}}","securityGroups":["sg-0a1b2c3d4e5f60001","sg-0a1b2c3d4e5f60002","sg-0a1b2c3d4e5f60003","sg-0a1b2c3d4e5f60004","sg-0a1b2c3d4e5f60005","sg-0a1b2c3d4e5f60006"]}]}""", false),
        ("provision-file-system", $$"""{"action":"provision-file-system","requestId":"r-1","mountTargets":[{"subnetId":"{{SubnetA}}","securityGroups":["{{SecurityGroup}}","{{SecurityGroup}}"]}]}""", false),
        ("provision-file-system", $$"""{"action":"provision-file-system","requestId":"r-1","mountTargets":[{"subnetId":"{{SubnetA}}","securityGroups":["default"]}]}""", false),
        ("provision-file-system", $$"""{"action":"provision-file-system","requestId":"r-1","mountTargets":[{"subnetId":"{{SubnetA}}","ipAddress":"256.1.1.1"}]}""", false),
        ("provision-file-system", $$"""{"action":"provision-file-system","requestId":"r-1","mountTargets":[{"subnetId":"{{SubnetA}}","ipAddress":"fe80::1"}]}""", false),
        ("provision-file-system", $$"""{"action":"provision-file-system","requestId":"r-1","mountTargets":[{"subnetId":"{{SubnetA}}","zone":"a"}]}""", false),
        ("provision-file-system", $$"""{"action":"provision-file-system","requestId":"r-1","mountTargets":[null]}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","replication":{}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","replication":{"kmsKeyId":"alias/efs"}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","replication":{"fileSystemId":"fs-0fedcba9876543210","kmsKeyId":"alias/efs"}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","replication":{"fileSystemId":"fs-0fedcba9876543210","availabilityZoneName":"us-west-2a"}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","replication":{"region":"US-WEST-2"}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","replication":{"region":"us-west-2","roleArn":"role/x"}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","replication":{"fileSystemId":"fs-1"}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","replication":{"region":"us-west-2","Region":"us-west-2"}}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","rollbackOnFailure":"yes"}""", false),
        ("provision-file-system", """{"action":"provision-file-system","requestId":"r-1","unknown":1}""", false),
        ("replicate-file-system", $$$"""{"action":"replicate-file-system","requestId":"r-1","fileSystemId":"{{{FileSystemId}}}","destination":{"region":"eu-west-1"}}""", true),
        ("replicate-file-system", $$$"""{"action":"replicate-file-system","requestId":"r-1","fileSystemId":"arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/{{{FileSystemId}}}","destination":{"availabilityZoneName":"eu-west-1a","kmsKeyId":"1234abcd-12ab-34cd-56ef-1234567890ab"}}""", true),
        ("replicate-file-system", $$"""{"action":"replicate-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}"}""", false),
        ("replicate-file-system", """{"action":"replicate-file-system","requestId":"r-1","destination":{"region":"eu-west-1"}}""", false),
        ("replicate-file-system", """{"action":"replicate-file-system","requestId":"r-1","fileSystemId":"vol-1","destination":{"region":"eu-west-1"}}""", false),
        ("replicate-file-system", $$"""{"action":"replicate-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","destination":{"region":"eu-west-1"},"force":true}""", false),
        ("replicate-file-system", $$"""{"action":"replicate-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","destination":"eu-west-1"}""", false),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","throughputMode":"provisioned","provisionedThroughputInMibps":256}""", true),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","provisionedThroughputInMibps":256}""", true),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","replicationOverwriteProtection":"ENABLED"}""", true),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","removeTagKeys":["Name","team"]}""", true),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}"}""", false),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","timeoutSeconds":60}""", false),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","throughputMode":"provisioned"}""", false),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","throughputMode":"bursting","provisionedThroughputInMibps":256}""", false),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","replicationOverwriteProtection":"REPLICATING"}""", false),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","removeTagKeys":["storageops:managed-by"]}""", false),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","removeTagKeys":[]}""", false),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","removeTagKeys":["a","a"]}""", false),
        ("update-file-system", $$$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{{FileSystemId}}}","tags":{}}""", false),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","mountTargetSecurityGroups":[]}""", false),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","mountTargetSecurityGroups":[{"mountTargetId":"fsmt-0123456789abcdef0"}]}""", false),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","mountTargetSecurityGroups":[{"mountTargetId":"fs-0123456789abcdef0","securityGroups":["{{SecurityGroup}}"]}]}""", false),
        ("teardown-file-system", $$"""{"action":"teardown-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}"}""", true),
        ("teardown-file-system", """{"action":"teardown-file-system","requestId":"r-1"}""", false),
        ("teardown-file-system", $$"""{"action":"teardown-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","force":"true"}""", false),
        ("teardown-file-system", $$"""{"action":"teardown-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","mountTargets":[]}""", false),
        ("teardown-file-system", """{"action":"destroy-file-system","requestId":"r-1"}""", false),
        ("teardown-file-system", """{"action":"teardown-file-system","requestId":"r-1","fileSystemId":"fs-0123456789abcdef0","force":null}""", false),
    ];

    /// <summary>
    /// Rules JSON Schema cannot say (uniqueness of one member across array items): the schema accepts these, the
    /// router refuses them. Listed so the exception stays exactly this one kind.
    /// </summary>
    public static readonly IReadOnlyList<(string Action, string Message)> StricterThanSchema =
    [
        ("provision-file-system", $$"""{"action":"provision-file-system","requestId":"r-1","mountTargets":[{"subnetId":"{{SubnetA}}"},{"subnetId":"{{SubnetA}}","ipAddress":"10.0.0.9"}]}"""),
        ("update-file-system", $$"""{"action":"update-file-system","requestId":"r-1","fileSystemId":"{{FileSystemId}}","mountTargetSecurityGroups":[{"mountTargetId":"fsmt-0123456789abcdef0","securityGroups":["{{SecurityGroup}}"]},{"mountTargetId":"fsmt-0123456789abcdef0","securityGroups":["sg-0a1b2c3d4e5f60002"]}]}"""),
    ];
}
