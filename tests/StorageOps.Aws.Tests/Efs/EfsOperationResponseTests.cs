using System.Text.Json;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>
/// Responses of the EFS operations parsed from real bodies: botocore's examples-1.json outputs, and bodies written from
/// the seeds' response syntax (001: CreateReplicationConfiguration) where botocore has no example.
/// </summary>
public sealed class EfsOperationResponseTests
{
    private const string ReplicationConfiguration = """
        {"SourceFileSystemId":"fs-0123456789abcdef0","SourceFileSystemRegion":"us-east-1",
         "SourceFileSystemArn":"arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0",
         "OriginalSourceFileSystemArn":"arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0aaaaaaaaaaaaaaaa",
         "CreationTime":1700000000.25,
         "Destinations":[{"Status":"PAUSED","FileSystemId":"fs-0fedcba9876543210","Region":"us-west-2","LastReplicatedTimestamp":1700003600,
                          "OwnerId":"444455556666","StatusMessage":"The destination KMS key is disabled.","RoleArn":"arn:aws:iam::111122223333:role/efs-replication"}],
         "SourceFileSystemOwnerId":"111122223333"}
        """;

    private static readonly ReplicationConfigurationDescription ExpectedReplication = new()
    {
        SourceFileSystemId = "fs-0123456789abcdef0",
        SourceFileSystemRegion = "us-east-1",
        SourceFileSystemArn = "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0",
        OriginalSourceFileSystemArn = "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0aaaaaaaaaaaaaaaa",
        CreationTime = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_250),
        SourceFileSystemOwnerId = "111122223333",
    };

    private static readonly ReplicationDestination ExpectedDestination = new()
    {
        Status = "PAUSED",
        FileSystemId = "fs-0fedcba9876543210",
        Region = "us-west-2",
        LastReplicatedTimestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_003_600),
        OwnerId = "444455556666",
        StatusMessage = "The destination KMS key is disabled.",
        RoleArn = "arn:aws:iam::111122223333:role/efs-replication",
    };

    [Theory]
    [InlineData("CreateMountTarget", 200)]
    [InlineData("DescribeMountTargets", 200)]
    [InlineData("DescribeMountTargetSecurityGroups", 200)]
    [InlineData("DescribeTags", 200)]
    public async Task Operation_WhenServiceReturnsBotocoreExample_ShouldParseEveryMemberOfIt(string operation, int status)
    {
        var example = await Botocore.ExampleAsync("efs", "2015-02-01", operation);
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(status, example.GetProperty("output").GetRawText()));
        using var client = EfsTestClients.For(server.Endpoint);

        var output = await EfsOperationInvoker.InvokeAsync(client, operation, example.GetProperty("input").GetRawText());

        ParsedRecordAssert.HasEveryMember(example.GetProperty("output"), JsonSerializer.SerializeToElement(output));
    }

    [Theory]
    [InlineData("CreateTags")]
    [InlineData("DeleteFileSystem")]
    [InlineData("DeleteMountTarget")]
    [InlineData("DeleteTags")]
    [InlineData("ModifyMountTargetSecurityGroups")]
    public async Task Operation_WhenBotocoreExampleHasNoOutputAndServiceAnswers204_ShouldComplete(string operation)
    {
        var example = await Botocore.ExampleAsync("efs", "2015-02-01", operation);
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(204, string.Empty));
        using var client = EfsTestClients.For(server.Endpoint);

        var output = await EfsOperationInvoker.InvokeAsync(client, operation, example.GetProperty("input").GetRawText());

        Assert.Null(output);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task CreateReplicationConfigurationAsync_WhenResponseHasEveryMemberOfTheSeed_ShouldParseEveryMember()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, ReplicationConfiguration));
        using var client = EfsTestClients.For(server.Endpoint);

        var created = await client.CreateReplicationConfigurationAsync(new CreateReplicationConfigurationRequest
        {
            SourceFileSystemId = "fs-0123456789abcdef0",
            Destinations = [new DestinationToCreate { FileSystemId = "fs-0fedcba9876543210", RoleArn = "arn:aws:iam::111122223333:role/efs-replication" }],
        });

        Assert.Equal(ExpectedReplication with { Destinations = created.Destinations }, created);
        Assert.Equal([ExpectedDestination], created.Destinations);
    }

    [Fact]
    public async Task DescribeReplicationConfigurationsAsync_WhenResponseHasReplicationsAndNextToken_ShouldParseBoth()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, $$"""{"Replications":[{{ReplicationConfiguration}}],"NextToken":"page-2"}"""));
        using var client = EfsTestClients.For(server.Endpoint);

        var response = await client.DescribeReplicationConfigurationsAsync(new DescribeReplicationConfigurationsRequest());

        var replication = Assert.Single(response.Replications);
        Assert.Equal(ExpectedReplication with { Destinations = replication.Destinations }, replication);
        Assert.Equal([ExpectedDestination], replication.Destinations);
        Assert.Equal("page-2", response.NextToken);
    }

    [Fact]
    public async Task UpdateFileSystemAsync_WhenResponseHasProtectionAndThroughput_ShouldParseThem()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(202, """
            {"OwnerId":"111122223333","CreationToken":"t","FileSystemId":"fs-0123456789abcdef0","CreationTime":1700000000,"LifeCycleState":"updating",
             "NumberOfMountTargets":1,"SizeInBytes":{"Value":6144},"PerformanceMode":"generalPurpose","ThroughputMode":"provisioned",
             "ProvisionedThroughputInMibps":128.5,"Tags":[],"FileSystemProtection":{"ReplicationOverwriteProtection":"REPLICATING"}}
            """));
        using var client = EfsTestClients.For(server.Endpoint);

        var updated = await client.UpdateFileSystemAsync(new UpdateFileSystemRequest
        {
            FileSystemId = "fs-0123456789abcdef0",
            ThroughputMode = "provisioned",
            ProvisionedThroughputInMibps = 128.5,
        });

        Assert.Equal("updating", updated.LifeCycleState);
        Assert.Equal("provisioned", updated.ThroughputMode);
        Assert.Equal(128.5, updated.ProvisionedThroughputInMibps);
        Assert.Equal(new FileSystemProtectionDescription("REPLICATING"), updated.FileSystemProtection);
    }

    [Fact]
    public async Task UpdateFileSystemProtectionAsync_WhenServiceConfirms_ShouldReturnTheProtection()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, """{"ReplicationOverwriteProtection":"DISABLED"}"""));
        using var client = EfsTestClients.For(server.Endpoint);

        var protection = await client.UpdateFileSystemProtectionAsync(new UpdateFileSystemProtectionRequest
        {
            FileSystemId = "fs-0123456789abcdef0",
            ReplicationOverwriteProtection = "DISABLED",
        });

        Assert.Equal("DISABLED", protection.ReplicationOverwriteProtection);
    }

    [Fact]
    public async Task DescribeMountTargetsAsync_WhenResponseHasEveryMember_ShouldParseEveryMember()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, """
            {"Marker":"m1","NextMarker":"m2","MountTargets":[{"OwnerId":"111122223333","MountTargetId":"fsmt-0123456789abcdef0",
             "FileSystemId":"fs-0123456789abcdef0","SubnetId":"subnet-0123456789abcdef0","LifeCycleState":"available","IpAddress":"10.0.1.25",
             "Ipv6Address":"2001:db8::25","NetworkInterfaceId":"eni-0123456789abcdef0","AvailabilityZoneId":"use1-az1",
             "AvailabilityZoneName":"us-east-1a","VpcId":"vpc-0123456789abcdef0"}]}
            """));
        using var client = EfsTestClients.For(server.Endpoint);

        var response = await client.DescribeMountTargetsAsync(new DescribeMountTargetsRequest { FileSystemId = "fs-0123456789abcdef0", Marker = "m1" });

        Assert.Equal("m1", response.Marker);
        Assert.Equal("m2", response.NextMarker);
        Assert.Equal(
            new MountTargetDescription
            {
                OwnerId = "111122223333",
                MountTargetId = "fsmt-0123456789abcdef0",
                FileSystemId = "fs-0123456789abcdef0",
                SubnetId = "subnet-0123456789abcdef0",
                LifeCycleState = "available",
                IpAddress = "10.0.1.25",
                Ipv6Address = "2001:db8::25",
                NetworkInterfaceId = "eni-0123456789abcdef0",
                AvailabilityZoneId = "use1-az1",
                AvailabilityZoneName = "us-east-1a",
                VpcId = "vpc-0123456789abcdef0",
            },
            Assert.Single(response.MountTargets));
    }

    [Fact]
    public async Task ListTagsForResourceAsync_WhenResponseHasTagsAndNextToken_ShouldParseBoth()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, """{"Tags":[{"Key":"Name","Value":"MyFileSystem"},{"Key":"empty","Value":""}],"NextToken":"t2"}"""));
        using var client = EfsTestClients.For(server.Endpoint);

        var response = await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceId = "fs-0123456789abcdef0" });

        Assert.Equal([new Tag("Name", "MyFileSystem"), new Tag("empty", "")], response.Tags);
        Assert.Equal("t2", response.NextToken);
    }
}
