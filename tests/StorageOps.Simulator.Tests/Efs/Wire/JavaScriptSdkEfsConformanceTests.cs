using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.Efs.Wire;

/// <summary>The official AWS SDK for JavaScript v3 (tests/conformance/simulator-efs.mjs) against the simulator's EFS.</summary>
public sealed class JavaScriptSdkEfsConformanceTests : IAsyncLifetime
{
    private readonly AwsSimulator simulator = new(new SimulatorOptions
    {
        AccountId = "210987654321",
        DefaultRegion = "us-east-1",
        FileSystemCreation = LifecycleTransition.AfterDescribes(2),
    });

    private JsonObject report = null!;

    public async Task InitializeAsync()
    {
        await simulator.StartAsync();
        var input = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["endpoint"] = simulator.Endpoint.ToString().TrimEnd('/'),
            ["region"] = "eu-central-1",
            ["accessKeyId"] = "AKIDCONFORMANCE",
            ["secretAccessKey"] = "conformance-secret",
        });
        var output = await ExternalProcess.RunNodeScriptAsync("simulator-efs.mjs", input);
        report = JsonNode.Parse(output)!.AsObject();
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    [Fact]
    public void CreateFileSystem_WhenSentBySdk_ShouldBeParsedIntoTheFullDescription()
    {
        var create = report["create"]!;
        var fileSystem = create["fileSystem"]!;
        var id = fileSystem["FileSystemId"]!.GetValue<string>();

        Assert.Equal(201, create["httpStatusCode"]!.GetValue<int>());
        Assert.Matches("^fs-[0-9a-f]{17}$", id);
        Assert.Equal($"arn:aws:elasticfilesystem:eu-central-1:210987654321:file-system/{id}", fileSystem["FileSystemArn"]!.GetValue<string>());
        Assert.Equal("210987654321", fileSystem["OwnerId"]!.GetValue<string>());
        Assert.Equal("creating", fileSystem["LifeCycleState"]!.GetValue<string>());
        Assert.Equal("conformance", fileSystem["Name"]!.GetValue<string>());
        Assert.Equal("elastic", fileSystem["ThroughputMode"]!.GetValue<string>());
        Assert.True(fileSystem["Encrypted"]!.GetValue<bool>());
        Assert.StartsWith("arn:aws:kms:eu-central-1:210987654321:key/", fileSystem["KmsKeyId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(6144, fileSystem["SizeInBytes"]!["Value"]!.GetValue<long>());
        Assert.Equal("ENABLED", fileSystem["FileSystemProtection"]!["ReplicationOverwriteProtection"]!.GetValue<string>());
        Assert.Equal(2, fileSystem["Tags"]!.AsArray().Count);
        Assert.True(DateTimeOffset.TryParse(fileSystem["CreationTime"]!.GetValue<string>(), out _));
    }

    [Fact]
    public void DescribeFileSystems_WhenByIdTwiceWithAfterTwoDescribes_ShouldSeeCreatingThenAvailable()
    {
        var states = report["describeById"]!["states"]!.AsArray().Select(page => page!.AsArray().Single()!.GetValue<string>());

        Assert.Equal(["creating", "available"], states);
    }

    [Fact]
    public void DescribeFileSystems_WhenByToken_ShouldFindOnlyThatFileSystem()
    {
        var id = report["create"]!["fileSystem"]!["FileSystemId"]!.GetValue<string>();

        Assert.Equal([id], report["describeByToken"]!["fileSystemIds"]!.AsArray().Select(node => node!.GetValue<string>()));
        Assert.Equal(0, report["describeByUnknownToken"]!["count"]!.GetValue<int>());
    }

    [Fact]
    public void PaginateDescribeFileSystems_WhenPageSizeTwo_ShouldVisitEveryFileSystemOnce()
    {
        var paginated = report["paginated"]!;
        var pages = paginated["pages"]!.AsArray();
        var created = paginated["createdIds"]!.AsArray().Select(node => node!.GetValue<string>()).ToList();

        Assert.Equal([2, 2, 1], pages.Select(page => page!["fileSystemIds"]!.AsArray().Count));
        Assert.Equal(created, pages.SelectMany(page => page!["fileSystemIds"]!.AsArray()).Select(node => node!.GetValue<string>()));
        Assert.Equal([true, true, false], pages.Select(page => page!["hasNextMarker"]!.GetValue<bool>()));
        Assert.Equal([false, true, true], pages.Select(page => page!["hasMarker"]!.GetValue<bool>()));
    }

    [Fact]
    public void CreateFileSystem_WhenTokenReused_ShouldSurfaceFileSystemAlreadyExistsWithTheExistingId()
    {
        var error = report["duplicateToken"]!;

        Assert.True(error["thrown"]!.GetValue<bool>());
        Assert.Equal("FileSystemAlreadyExists", error["name"]!.GetValue<string>());
        Assert.Equal(report["create"]!["fileSystem"]!["FileSystemId"]!.GetValue<string>(), error["fileSystemId"]!.GetValue<string>());
        Assert.Equal("FileSystemAlreadyExists", error["errorCode"]!.GetValue<string>());
        Assert.Equal(409, error["httpStatusCode"]!.GetValue<int>());
        Assert.Equal("client", error["fault"]!.GetValue<string>());
    }

    [Fact]
    public void DescribeFileSystems_WhenIdUnknown_ShouldSurfaceFileSystemNotFound()
    {
        var error = report["unknownFileSystem"]!;

        Assert.Equal("FileSystemNotFound", error["name"]!.GetValue<string>());
        Assert.Equal("File system 'fs-0123456789abcdef0' does not exist.", error["message"]!.GetValue<string>());
        Assert.Equal(404, error["httpStatusCode"]!.GetValue<int>());
    }

    [Fact]
    public void CreateFileSystem_WhenProvisionedWithoutThroughput_ShouldSurfaceBadRequest()
    {
        var error = report["provisionedWithoutThroughput"]!;

        Assert.Equal("BadRequest", error["name"]!.GetValue<string>());
        Assert.Equal(400, error["httpStatusCode"]!.GetValue<int>());
    }
}
