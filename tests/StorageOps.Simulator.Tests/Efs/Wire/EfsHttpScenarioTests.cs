using System.Net;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Efs.Wire;

/// <summary>Every EFS operation beyond create/describe over HTTP: status codes, bodies and error documents as the model gives them.</summary>
public sealed class EfsHttpScenarioTests : IAsyncLifetime
{
    private SimulatorHttp http = null!;

    public async Task InitializeAsync() => http = await SimulatorHttp.StartAsync();

    public async Task DisposeAsync() => await http.DisposeAsync();

    private AccountRegion Scope => http.Simulator.Efs.DefaultScope;

    [Fact]
    public async Task CreateMountTarget_WhenSent_ShouldReturn200WithTheFullDescription()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("mounted");
        var subnet = DefaultSubnet("us-east-1b");

        using var response = await http.SendAsync(HttpMethod.Post, "/2015-02-01/mount-targets", $$"""{"FileSystemId":"{{fileSystemId}}","SubnetId":"{{subnet}}","IpAddress":"172.31.20.9"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await SimulatorHttp.ReadObjectAsync(response);
        var mountTargetId = json["MountTargetId"]!.GetValue<string>();
        var expected = JsonNode.Parse($$"""
            {
              "OwnerId": "123456789012",
              "MountTargetId": "{{mountTargetId}}",
              "FileSystemId": "{{fileSystemId}}",
              "SubnetId": "{{subnet}}",
              "LifeCycleState": "creating",
              "IpAddress": "172.31.20.9",
              "NetworkInterfaceId": "{{json["NetworkInterfaceId"]}}",
              "AvailabilityZoneId": "use1-az2",
              "AvailabilityZoneName": "us-east-1b",
              "VpcId": "{{DefaultVpc().VpcId}}"
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
    }

    [Fact]
    public async Task DescribeMountTargets_WhenPagedOverHttp_ShouldCarryMarkerAndNextMarker()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("paged");
        foreach (var zone in new[] { "us-east-1a", "us-east-1b", "us-east-1c" })
        {
            using var created = await http.SendAsync(HttpMethod.Post, "/2015-02-01/mount-targets", $$"""{"FileSystemId":"{{fileSystemId}}","SubnetId":"{{DefaultSubnet(zone)}}"}""");
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        using var first = await http.SendAsync(HttpMethod.Get, $"/2015-02-01/mount-targets?FileSystemId={fileSystemId}&MaxItems=2");
        var firstJson = await SimulatorHttp.ReadObjectAsync(first);
        var nextMarker = firstJson["NextMarker"]!.GetValue<string>();
        using var second = await http.SendAsync(HttpMethod.Get, $"/2015-02-01/mount-targets?FileSystemId={fileSystemId}&MaxItems=2&Marker={Uri.EscapeDataString(nextMarker)}");
        var secondJson = await SimulatorHttp.ReadObjectAsync(second);

        Assert.Equal(2, firstJson["MountTargets"]!.AsArray().Count);
        Assert.False(firstJson.ContainsKey("Marker"));
        Assert.Single(secondJson["MountTargets"]!.AsArray());
        Assert.Equal(nextMarker, secondJson["Marker"]!.GetValue<string>());
        Assert.False(secondJson.ContainsKey("NextMarker"));
    }

    [Fact]
    public async Task MountTargetSecurityGroups_WhenModifiedAndDescribed_ShouldAnswer204Then200()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("groups");
        var mountTarget = http.Simulator.Efs.CreateMountTarget(Scope, new CreateMountTargetRequest { FileSystemId = fileSystemId, SubnetId = DefaultSubnet("us-east-1a") });
        http.Clock.Advance(TimeSpan.FromMinutes(2));
        var group = DefaultVpc().SecurityGroups.Single().GroupId;

        using var modified = await http.SendAsync(HttpMethod.Put, $"/2015-02-01/mount-targets/{mountTarget.MountTargetId}/security-groups", $$"""{"SecurityGroups":["{{group}}"]}""");
        using var described = await http.SendAsync(HttpMethod.Get, $"/2015-02-01/mount-targets/{mountTarget.MountTargetId}/security-groups");

        Assert.Equal(HttpStatusCode.NoContent, modified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, described.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"SecurityGroups":["{{group}}"]}"""), await SimulatorHttp.ReadObjectAsync(described)));
    }

    [Fact]
    public async Task DeleteMountTarget_WhenSent_ShouldReturn204WithNoBody()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("unmount");
        var mountTarget = http.Simulator.Efs.CreateMountTarget(Scope, new CreateMountTargetRequest { FileSystemId = fileSystemId, SubnetId = DefaultSubnet("us-east-1a") });

        using var response = await http.SendAsync(HttpMethod.Delete, $"/2015-02-01/mount-targets/{mountTarget.MountTargetId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task DeleteFileSystem_WhenMountTargetsExist_ShouldReturn409FileSystemInUse()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("in-use");
        http.Simulator.Efs.CreateMountTarget(Scope, new CreateMountTargetRequest { FileSystemId = fileSystemId, SubnetId = DefaultSubnet("us-east-1a") });

        using var response = await http.SendAsync(HttpMethod.Delete, $"/2015-02-01/file-systems/{fileSystemId}");

        await AssertErrorAsync(response, HttpStatusCode.Conflict, "FileSystemInUse");
    }

    [Fact]
    public async Task DeleteFileSystem_WhenFree_ShouldReturn204AndDescribeDeleting()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("free");

        using var response = await http.SendAsync(HttpMethod.Delete, $"/2015-02-01/file-systems/{fileSystemId}");
        using var described = await http.SendAsync(HttpMethod.Get, $"/2015-02-01/file-systems?FileSystemId={fileSystemId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("deleting", (await SimulatorHttp.ReadObjectAsync(described))["FileSystems"]![0]!["LifeCycleState"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateFileSystem_WhenSent_ShouldReturn202WithTheDescription()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("update");

        using var response = await http.SendAsync(HttpMethod.Put, $"/2015-02-01/file-systems/{fileSystemId}", """{"ThroughputMode":"provisioned","ProvisionedThroughputInMibps":100}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = await SimulatorHttp.ReadObjectAsync(response);
        Assert.Equal("provisioned", json["ThroughputMode"]!.GetValue<string>());
        Assert.Equal(100, json["ProvisionedThroughputInMibps"]!.GetValue<double>());
    }

    [Fact]
    public async Task UpdateFileSystem_WhenSecondModeChangeWithinADay_ShouldReturn429TooManyRequests()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("throttled");
        using var first = await http.SendAsync(HttpMethod.Put, $"/2015-02-01/file-systems/{fileSystemId}", """{"ThroughputMode":"elastic"}""");

        using var second = await http.SendAsync(HttpMethod.Put, $"/2015-02-01/file-systems/{fileSystemId}", """{"ThroughputMode":"bursting"}""");

        await AssertErrorAsync(second, (HttpStatusCode)429, "TooManyRequests");
    }

    [Fact]
    public async Task UpdateFileSystemProtection_WhenSent_ShouldReturn200WithTheProtection()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("protection");

        using var response = await http.SendAsync(HttpMethod.Put, $"/2015-02-01/file-systems/{fileSystemId}/protection", """{"ReplicationOverwriteProtection":"DISABLED"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"ReplicationOverwriteProtection":"DISABLED"}"""), await SimulatorHttp.ReadObjectAsync(response)));
    }

    [Fact]
    public async Task Tags_WhenLegacyAndResourceOperationsMixed_ShouldAgree()
    {
        var fileSystemId = (await http.CreateFileSystemAsync("tags"))["FileSystemId"]!.GetValue<string>();

        using var created = await http.SendAsync(HttpMethod.Post, $"/2015-02-01/create-tags/{fileSystemId}", """{"Tags":[{"Key":"a","Value":"1"},{"Key":"b","Value":"2"}]}""");
        using var tagged = await http.SendAsync(HttpMethod.Post, $"/2015-02-01/resource-tags/{fileSystemId}", """{"Tags":[{"Key":"c","Value":"3"}]}""");
        using var deleted = await http.SendAsync(HttpMethod.Post, $"/2015-02-01/delete-tags/{fileSystemId}", """{"TagKeys":["a"]}""");
        using var untagged = await http.SendAsync(HttpMethod.Delete, $"/2015-02-01/resource-tags/{fileSystemId}?tagKeys=b&tagKeys=missing");
        using var described = await http.SendAsync(HttpMethod.Get, $"/2015-02-01/tags/{fileSystemId}/");
        using var listed = await http.SendAsync(HttpMethod.Get, $"/2015-02-01/resource-tags/{fileSystemId}");

        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tagged.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, untagged.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Tags":[{"Key":"c","Value":"3"}]}"""), await SimulatorHttp.ReadObjectAsync(described)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Tags":[{"Key":"c","Value":"3"}]}"""), await SimulatorHttp.ReadObjectAsync(listed)));
    }

    [Fact]
    public async Task ListTagsForResource_WhenPaged_ShouldCarryNextToken()
    {
        var fileSystemId = (await http.CreateFileSystemAsync("paged-tags"))["FileSystemId"]!.GetValue<string>();
        using var tagged = await http.SendAsync(HttpMethod.Post, $"/2015-02-01/resource-tags/{fileSystemId}", """{"Tags":[{"Key":"a","Value":"1"},{"Key":"b","Value":"2"}]}""");

        using var first = await http.SendAsync(HttpMethod.Get, $"/2015-02-01/resource-tags/{fileSystemId}?MaxResults=1");
        var token = (await SimulatorHttp.ReadObjectAsync(first))["NextToken"]!.GetValue<string>();
        using var second = await http.SendAsync(HttpMethod.Get, $"/2015-02-01/resource-tags/{fileSystemId}?MaxResults=1&NextToken={Uri.EscapeDataString(token)}");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Tags":[{"Key":"b","Value":"2"}]}"""), await SimulatorHttp.ReadObjectAsync(second)));
    }

    [Fact]
    public async Task TagResource_WhenFiftyOneTags_ShouldReturn400BadRequest()
    {
        var fileSystemId = (await http.CreateFileSystemAsync("too-many"))["FileSystemId"]!.GetValue<string>();
        var tags = string.Join(',', Enumerable.Range(0, 51).Select(index => $$"""{"Key":"k{{index}}","Value":"v"}"""));

        using var response = await http.SendAsync(HttpMethod.Post, $"/2015-02-01/resource-tags/{fileSystemId}", $$"""{"Tags":[{{tags}}]}""");

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task Replication_WhenCreatedDescribedAndDeletedOverHttp_ShouldFollowTheModel()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("replicated");

        using var created = await http.SendAsync(HttpMethod.Post, $"/2015-02-01/file-systems/{fileSystemId}/replication-configuration", """{"Destinations":[{"Region":"eu-north-1"}]}""");
        http.Clock.Advance(TimeSpan.FromMinutes(5));
        using var described = await http.SendAsync(HttpMethod.Get, $"/2015-02-01/file-systems/replication-configurations?FileSystemId={fileSystemId}");
        using var deleted = await http.SendAsync(HttpMethod.Delete, $"/2015-02-01/file-systems/{fileSystemId}/replication-configuration?deletionMode=ALL_CONFIGURATIONS");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var createdJson = await SimulatorHttp.ReadObjectAsync(created);
        var destinationId = createdJson["Destinations"]![0]!["FileSystemId"]!.GetValue<string>();
        var expected = JsonNode.Parse($$"""
            {
              "SourceFileSystemId": "{{fileSystemId}}",
              "SourceFileSystemRegion": "us-east-1",
              "SourceFileSystemArn": "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/{{fileSystemId}}",
              "OriginalSourceFileSystemArn": "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/{{fileSystemId}}",
              "CreationTime": {{createdJson["CreationTime"]}},
              "Destinations": [ { "Status": "ENABLING", "FileSystemId": "{{destinationId}}", "Region": "eu-north-1", "OwnerId": "123456789012" } ],
              "SourceFileSystemOwnerId": "123456789012"
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, createdJson), createdJson.ToJsonString());
        var destination = (await SimulatorHttp.ReadObjectAsync(described))["Replications"]![0]!["Destinations"]![0]!;
        Assert.Equal("ENABLED", destination["Status"]!.GetValue<string>());
        Assert.Equal(http.Clock.GetUtcNow().ToUnixTimeSeconds(), destination["LastReplicatedTimestamp"]!.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task DescribeReplicationConfigurations_WhenDestinationForcedIntoError_ShouldCarryItsStatusMessage()
    {
        await using var faulty = await SimulatorHttp.StartAsync(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "efs", Resource = "fs-*", ForcedState = "ERROR" }] },
        });
        var fileSystemId = (await faulty.CreateFileSystemAsync("broken"))["FileSystemId"]!.GetValue<string>();
        faulty.Clock.Advance(TimeSpan.FromMinutes(1));
        (await faulty.SendAsync(HttpMethod.Post, $"/2015-02-01/file-systems/{fileSystemId}/replication-configuration", """{"Destinations":[{"Region":"eu-north-1"}]}""")).Dispose();
        faulty.Clock.Advance(TimeSpan.FromMinutes(5));

        using var described = await faulty.SendAsync(HttpMethod.Get, $"/2015-02-01/file-systems/replication-configurations?FileSystemId={fileSystemId}");

        var destination = (await SimulatorHttp.ReadObjectAsync(described))["Replications"]![0]!["Destinations"]![0]!;
        Assert.Equal("ERROR", destination["Status"]!.GetValue<string>());
        Assert.StartsWith("Replication to the destination file system has failed", destination["StatusMessage"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeReplicationConfigurations_WhenNoneForTheFileSystem_ShouldReturn404ReplicationNotFound()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("lonely");

        using var response = await http.SendAsync(HttpMethod.Get, $"/2015-02-01/file-systems/replication-configurations?FileSystemId={fileSystemId}");

        await AssertErrorAsync(response, HttpStatusCode.NotFound, "ReplicationNotFound");
    }

    [Fact]
    public async Task DescribeReplicationConfigurations_WhenNoneAtAll_ShouldReturnAnEmptyList()
    {
        using var response = await http.SendAsync(HttpMethod.Get, "/2015-02-01/file-systems/replication-configurations");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"Replications":[]}"""), await SimulatorHttp.ReadObjectAsync(response)));
    }

    [Fact]
    public async Task CreateReplicationConfiguration_WhenDestinationProtected_ShouldReturn409ConflictException()
    {
        var source = await CreateAvailableFileSystemAsync("source");
        var destination = await CreateAvailableFileSystemAsync("destination");

        using var response = await http.SendAsync(HttpMethod.Post, $"/2015-02-01/file-systems/{source}/replication-configuration", $$"""{"Destinations":[{"FileSystemId":"{{destination}}"}]}""");

        await AssertErrorAsync(response, HttpStatusCode.Conflict, "ConflictException");
    }

    [Fact]
    public async Task CreateMountTarget_WhenSubnetUnknown_ShouldReturn400SubnetNotFound()
    {
        var fileSystemId = await CreateAvailableFileSystemAsync("no-subnet");

        using var response = await http.SendAsync(HttpMethod.Post, "/2015-02-01/mount-targets", $$"""{"FileSystemId":"{{fileSystemId}}","SubnetId":"subnet-0123456789abcdef0"}""");

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "SubnetNotFound");
    }

    [Fact]
    public async Task DescribeMountTargets_WhenAccessPointGiven_ShouldReturn404AccessPointNotFound()
    {
        using var response = await http.SendAsync(HttpMethod.Get, "/2015-02-01/mount-targets?AccessPointId=fsap-0123456789abcdef0");

        await AssertErrorAsync(response, HttpStatusCode.NotFound, "AccessPointNotFound");
    }

    [Fact]
    public async Task TagResource_WhenResourceIdIsAnEncodedArn_ShouldTagTheFileSystem()
    {
        var created = await http.CreateFileSystemAsync("arn-tags");
        var arn = created["FileSystemArn"]!.GetValue<string>();

        using var response = await http.SendAsync(HttpMethod.Post, $"/2015-02-01/resource-tags/{Uri.EscapeDataString(arn)}", """{"Tags":[{"Key":"k","Value":"v"}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("v", http.Simulator.Efs.PeekFileSystems().Single().Tags.Single().Value);
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal([code], response.Headers.GetValues("x-amzn-ErrorType"));
        var json = await SimulatorHttp.ReadObjectAsync(response);
        Assert.Equal(code, json["ErrorCode"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(json["Message"]!.GetValue<string>()));
    }

    private VpcSeed DefaultVpc() => http.Simulator.Efs.Network.VpcsIn(Scope).Single();

    private string DefaultSubnet(string zone) => DefaultVpc().Subnets.Single(subnet => subnet.AvailabilityZone == zone).SubnetId;

    private async Task<string> CreateAvailableFileSystemAsync(string token)
    {
        var id = (await http.CreateFileSystemAsync(token))["FileSystemId"]!.GetValue<string>();
        http.Clock.Advance(TimeSpan.FromMinutes(1));
        return id;
    }
}
