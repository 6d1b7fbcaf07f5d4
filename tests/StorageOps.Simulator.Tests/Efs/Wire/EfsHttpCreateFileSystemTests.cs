using System.Net;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Efs.Wire;

public sealed class EfsHttpCreateFileSystemTests : IAsyncLifetime
{
    private SimulatorHttp http = null!;

    public async Task InitializeAsync() => http = await SimulatorHttp.StartAsync();

    public async Task DisposeAsync() => await http.DisposeAsync();

    [Fact]
    public async Task CreateFileSystem_WhenEveryMemberSent_ShouldReturn201WithTheFullDescription()
    {
        const string body = """
            {"CreationToken":"request-1","PerformanceMode":"generalPurpose","Encrypted":true,
             "KmsKeyId":"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
             "ThroughputMode":"provisioned","ProvisionedThroughputInMibps":64.5,"AvailabilityZoneName":"us-east-1c",
             "Backup":true,"Tags":[{"Key":"Name","Value":"shared"},{"Key":"owner","Value":"storageops"}]}
            """;

        using var response = await http.SendAsync(HttpMethod.Post, "/2015-02-01/file-systems", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
        var json = await SimulatorHttp.ReadObjectAsync(response);
        var id = json["FileSystemId"]!.GetValue<string>();
        Assert.Matches("^fs-[0-9a-f]{17}$", id);
        var expected = JsonNode.Parse($$"""
            {
              "OwnerId": "123456789012",
              "CreationToken": "request-1",
              "FileSystemId": "{{id}}",
              "FileSystemArn": "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/{{id}}",
              "CreationTime": 1767268800,
              "LifeCycleState": "creating",
              "Name": "shared",
              "NumberOfMountTargets": 0,
              "SizeInBytes": { "Value": 6144, "ValueInIA": 0, "ValueInStandard": 6144, "ValueInArchive": 0 },
              "PerformanceMode": "generalPurpose",
              "Encrypted": true,
              "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
              "ThroughputMode": "provisioned",
              "ProvisionedThroughputInMibps": 64.5,
              "AvailabilityZoneName": "us-east-1c",
              "AvailabilityZoneId": "use1-az3",
              "Tags": [ { "Key": "Name", "Value": "shared" }, { "Key": "owner", "Value": "storageops" } ],
              "FileSystemProtection": { "ReplicationOverwriteProtection": "ENABLED" }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
    }

    [Fact]
    public async Task CreateFileSystem_WhenTokenAlreadyUsed_ShouldReturn409FileSystemAlreadyExistsWithTheExistingId()
    {
        var first = await http.CreateFileSystemAsync("same-token");
        var id = first["FileSystemId"]!.GetValue<string>();

        using var response = await http.SendAsync(HttpMethod.Post, "/2015-02-01/file-systems", """{"CreationToken":"same-token"}""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["FileSystemAlreadyExists"], response.Headers.GetValues("x-amzn-ErrorType"));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = JsonNode.Parse($$"""
            {
              "ErrorCode": "FileSystemAlreadyExists",
              "Message": "File system '{{id}}' already exists with creation token 'same-token'",
              "FileSystemId": "{{id}}"
            }
            """);
        var json = await SimulatorHttp.ReadObjectAsync(response);
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"CreationToken":""}""")]
    [InlineData("""{"CreationToken":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}""")]
    [InlineData("""{"CreationToken":"t","ThroughputMode":"provisioned"}""")]
    [InlineData("""{"CreationToken":"t","Encrypted":"yes"}""")]
    [InlineData("""{"CreationToken":"t","Tags":[{"Key":"k"}]}""")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task CreateFileSystem_WhenRequestInvalid_ShouldReturn400BadRequest(string body)
    {
        using var response = await http.SendAsync(HttpMethod.Post, "/2015-02-01/file-systems", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BadRequest"], response.Headers.GetValues("x-amzn-ErrorType"));
        var json = await SimulatorHttp.ReadObjectAsync(response);
        Assert.Equal("BadRequest", json["ErrorCode"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(json["Message"]!.GetValue<string>()));
        Assert.Empty(http.Simulator.Efs.PeekFileSystems());
    }

    [Fact]
    public async Task CreateFileSystem_WhenSignedForAnotherRegion_ShouldCreateItThere()
    {
        var created = await http.CreateFileSystemAsync("west", region: "us-west-2");

        Assert.StartsWith("arn:aws:elasticfilesystem:us-west-2:123456789012:file-system/fs-", created["FileSystemArn"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(http.Simulator.Efs.PeekFileSystems());
        Assert.Single(http.Simulator.Efs.PeekFileSystems(new AccountRegion("123456789012", "us-west-2")));
    }

    [Fact]
    public async Task CreateFileSystem_WhenUnsigned_ShouldUseTheDefaultRegion()
    {
        using var content = new StringContent("""{"CreationToken":"unsigned"}""");
        using var response = await http.Client.PostAsync(new Uri("/2015-02-01/file-systems", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(http.Simulator.Efs.PeekFileSystems());
    }
}
