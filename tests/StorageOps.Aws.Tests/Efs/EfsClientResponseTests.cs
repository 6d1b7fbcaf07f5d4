using System.Text.Json;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>Responses parsed from real bodies: the outputs of botocore's examples-1.json for EFS 2015-02-01.</summary>
public sealed class EfsClientResponseTests
{
    [Fact]
    public async Task CreateFileSystemAsync_WhenServiceReturnsBotocoreExample_ShouldParseEveryField()
    {
        var example = await Botocore.ExampleAsync("efs", "2015-02-01", "CreateFileSystem");
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(201, example.GetProperty("output").GetRawText()));
        using var client = EfsTestClients.For(server.Endpoint);

        var created = await client.CreateFileSystemAsync(example.GetProperty("input").Deserialize<CreateFileSystemRequest>()!);

        AssertMatches(example.GetProperty("output"), created);
    }

    [Fact]
    public async Task DescribeFileSystemsAsync_WhenServiceReturnsBotocoreExample_ShouldParseEveryField()
    {
        var example = await Botocore.ExampleAsync("efs", "2015-02-01", "DescribeFileSystems");
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, example.GetProperty("output").GetRawText()));
        using var client = EfsTestClients.For(server.Endpoint);

        var response = await client.DescribeFileSystemsAsync(example.GetProperty("input").Deserialize<DescribeFileSystemsRequest>()!);

        var expected = example.GetProperty("output").GetProperty("FileSystems");
        Assert.Equal(expected.GetArrayLength(), response.FileSystems.Count);
        for (var index = 0; index < response.FileSystems.Count; index++)
        {
            AssertMatches(expected[index], response.FileSystems[index]);
        }

        Assert.Null(response.Marker);
        Assert.Null(response.NextMarker);
    }

    [Fact]
    public async Task DescribeFileSystemsAsync_WhenResponseHasEveryMember_ShouldParseEveryMember()
    {
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Json(200, """
            {"Marker":"m1","NextMarker":"m2","FileSystems":[{
              "OwnerId":"111122223333","CreationToken":"tok","FileSystemId":"fs-1","FileSystemArn":"arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-1",
              "CreationTime":1700000000.5,"LifeCycleState":"available","Name":"n","NumberOfMountTargets":2,
              "SizeInBytes":{"Value":10,"Timestamp":1700000001,"ValueInIA":1,"ValueInStandard":8,"ValueInArchive":1},
              "PerformanceMode":"maxIO","Encrypted":true,"KmsKeyId":"arn:aws:kms:us-east-1:111122223333:key/k","ThroughputMode":"provisioned",
              "ProvisionedThroughputInMibps":256.5,"AvailabilityZoneName":"us-east-1a","AvailabilityZoneId":"use1-az1",
              "Tags":[{"Key":"a","Value":"b"}],"FileSystemProtection":{"ReplicationOverwriteProtection":"ENABLED"}}]}
            """));
        using var client = EfsTestClients.For(server.Endpoint);

        var response = await client.DescribeFileSystemsAsync(new DescribeFileSystemsRequest { Marker = "m1" });

        Assert.Equal("m1", response.Marker);
        Assert.Equal("m2", response.NextMarker);
        var fs = Assert.Single(response.FileSystems);
        Assert.Equal(
            new FileSystemDescription
            {
                OwnerId = "111122223333",
                CreationToken = "tok",
                FileSystemId = "fs-1",
                FileSystemArn = "arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-1",
                CreationTime = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_500),
                LifeCycleState = "available",
                Name = "n",
                NumberOfMountTargets = 2,
                SizeInBytes = new FileSystemSize(10, DateTimeOffset.FromUnixTimeSeconds(1_700_000_001), 1, 8, 1),
                PerformanceMode = "maxIO",
                Encrypted = true,
                KmsKeyId = "arn:aws:kms:us-east-1:111122223333:key/k",
                ThroughputMode = "provisioned",
                ProvisionedThroughputInMibps = 256.5,
                AvailabilityZoneName = "us-east-1a",
                AvailabilityZoneId = "use1-az1",
                Tags = fs.Tags,
                FileSystemProtection = new FileSystemProtectionDescription("ENABLED"),
            },
            fs);
        Assert.Equal([new Tag("a", "b")], fs.Tags);
    }

    /// <summary>Every member of the example output is checked against the parsed record; an unknown member fails the test.</summary>
    private static void AssertMatches(JsonElement expected, FileSystemDescription actual)
    {
        foreach (var member in expected.EnumerateObject())
        {
            var value = member.Value;
            switch (member.Name)
            {
                case "CreationTime":
                    Assert.Equal(DateTimeOffset.FromUnixTimeSeconds((long)decimal.Parse(value.ToString(), System.Globalization.CultureInfo.InvariantCulture)), actual.CreationTime);
                    break;
                case "CreationToken":
                    Assert.Equal(value.GetString(), actual.CreationToken);
                    break;
                case "Encrypted":
                    Assert.Equal(value.GetBoolean(), actual.Encrypted);
                    break;
                case "FileSystemId":
                    Assert.Equal(value.GetString(), actual.FileSystemId);
                    break;
                case "LifeCycleState":
                    Assert.Equal(value.GetString(), actual.LifeCycleState);
                    break;
                case "Name":
                    Assert.Equal(value.GetString(), actual.Name);
                    break;
                case "NumberOfMountTargets":
                    Assert.Equal(value.GetInt32(), actual.NumberOfMountTargets);
                    break;
                case "OwnerId":
                    Assert.Equal(value.GetString(), actual.OwnerId);
                    break;
                case "PerformanceMode":
                    Assert.Equal(value.GetString(), actual.PerformanceMode);
                    break;
                case "SizeInBytes":
                    Assert.NotNull(actual.SizeInBytes);
                    Assert.Equal(value.GetProperty("Value").GetInt64(), actual.SizeInBytes.Value);
                    Assert.Single(value.EnumerateObject());
                    break;
                case "Tags":
                    Assert.Equal(
                        value.EnumerateArray().Select(tag => new Tag(tag.GetProperty("Key").GetString()!, tag.GetProperty("Value").GetString()!)),
                        actual.Tags);
                    break;
                default:
                    Assert.Fail($"The example has a member this test does not check: {member.Name}");
                    break;
            }
        }
    }
}
