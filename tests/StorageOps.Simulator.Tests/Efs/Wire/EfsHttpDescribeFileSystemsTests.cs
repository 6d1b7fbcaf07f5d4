using System.Net;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Efs.Wire;

public sealed class EfsHttpDescribeFileSystemsTests : IAsyncLifetime
{
    private SimulatorHttp http = null!;

    public async Task InitializeAsync() => http = await SimulatorHttp.StartAsync();

    public async Task DisposeAsync() => await http.DisposeAsync();

    [Fact]
    public async Task DescribeFileSystems_WhenById_ShouldReturnItCreatingThenAvailableAsTheClockMoves()
    {
        var id = (await http.CreateFileSystemAsync("token"))["FileSystemId"]!.GetValue<string>();

        var before = await DescribeAsync($"?FileSystemId={id}");
        http.Clock.Advance(TimeSpan.FromSeconds(30));
        var after = await DescribeAsync($"?FileSystemId={id}");

        Assert.Equal("creating", Assert.Single(before["FileSystems"]!.AsArray())!["LifeCycleState"]!.GetValue<string>());
        Assert.Equal("available", Assert.Single(after["FileSystems"]!.AsArray())!["LifeCycleState"]!.GetValue<string>());
        Assert.Equal(["FileSystems"], after.Select(member => member.Key));
    }

    [Fact]
    public async Task DescribeFileSystems_WhenByCreationToken_ShouldReturnTheSameDescriptionAsCreate()
    {
        var created = await http.CreateFileSystemAsync("by-token");

        var described = await DescribeAsync("?CreationToken=by-token");

        Assert.True(JsonNode.DeepEquals(created, Assert.Single(described["FileSystems"]!.AsArray())), described.ToJsonString());
    }

    [Fact]
    public async Task DescribeFileSystems_WhenPagedWithMaxItems_ShouldChainMarkers()
    {
        for (var i = 0; i < 3; i++)
        {
            await http.CreateFileSystemAsync($"token-{i}");
        }

        var first = await DescribeAsync("?MaxItems=2");
        var nextMarker = first["NextMarker"]!.GetValue<string>();
        var second = await DescribeAsync($"?MaxItems=2&Marker={Uri.EscapeDataString(nextMarker)}");

        Assert.Equal(2, first["FileSystems"]!.AsArray().Count);
        Assert.Null(first["Marker"]);
        Assert.Single(second["FileSystems"]!.AsArray());
        Assert.Equal(nextMarker, second["Marker"]!.GetValue<string>());
        Assert.Null(second["NextMarker"]);
    }

    [Fact]
    public async Task DescribeFileSystems_WhenIdUnknown_ShouldReturn404FileSystemNotFound()
    {
        using var response = await http.SendAsync(HttpMethod.Get, "/2015-02-01/file-systems?FileSystemId=fs-0123456789abcdef0");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["FileSystemNotFound"], response.Headers.GetValues("x-amzn-ErrorType"));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = JsonNode.Parse("""{"ErrorCode":"FileSystemNotFound","Message":"File system 'fs-0123456789abcdef0' does not exist."}""");
        var json = await SimulatorHttp.ReadObjectAsync(response);
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
    }

    [Theory]
    [InlineData("?MaxItems=0")]
    [InlineData("?MaxItems=ten")]
    [InlineData("?Marker=garbage")]
    public async Task DescribeFileSystems_WhenPagingParametersInvalid_ShouldReturn400BadRequest(string query)
    {
        using var response = await http.SendAsync(HttpMethod.Get, "/2015-02-01/file-systems" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BadRequest"], response.Headers.GetValues("x-amzn-ErrorType"));
    }

    [Fact]
    public async Task DescribeFileSystems_WhenNoneExist_ShouldReturnAnEmptyList()
    {
        var json = await DescribeAsync(string.Empty);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"FileSystems":[]}"""), json), json.ToJsonString());
    }

    private async Task<JsonObject> DescribeAsync(string query)
    {
        using var response = await http.SendAsync(HttpMethod.Get, "/2015-02-01/file-systems" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await SimulatorHttp.ReadObjectAsync(response);
    }
}
