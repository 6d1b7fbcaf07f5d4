using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Efs;

public sealed class EfsBackendDescribeFileSystemsTests
{
    private readonly ManualTimeProvider clock = new();

    [Fact]
    public void DescribeFileSystems_WhenDefaultTransitionNotElapsed_ShouldStillBeCreating()
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock });
        var created = Create(backend, "token");

        clock.Advance(TimeSpan.FromSeconds(29));

        Assert.Equal("creating", DescribeById(backend, created.FileSystemId).LifeCycleState);
    }

    [Fact]
    public void DescribeFileSystems_WhenDefaultTransitionElapsed_ShouldBeAvailable()
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock });
        var created = Create(backend, "token");

        clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal("available", DescribeById(backend, created.FileSystemId).LifeCycleState);
    }

    [Fact]
    public void DescribeFileSystems_WhenConfiguredAfterThreeDescribes_ShouldSeeAvailableOnTheThirdDescribe()
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock, FileSystemCreation = LifecycleTransition.AfterDescribes(3) });
        var created = Create(backend, "token");

        var states = Enumerable.Range(0, 4).Select(_ => DescribeById(backend, created.FileSystemId).LifeCycleState).ToList();

        Assert.Equal(["creating", "creating", "available", "available"], states);
    }

    [Fact]
    public void PeekFileSystems_WhenDescribeBasedTransition_ShouldNotCountAsDescribe()
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock, FileSystemCreation = LifecycleTransition.AfterDescribes(1) });
        Create(backend, "token");

        Assert.Equal("creating", backend.PeekFileSystems().Single().LifeCycleState);
        Assert.Equal("creating", backend.PeekFileSystems().Single().LifeCycleState);
        Assert.Equal("available", backend.DescribeFileSystems(new DescribeFileSystemsRequest()).FileSystems.Single().LifeCycleState);
    }

    [Fact]
    public void DescribeFileSystems_WhenIdUnknown_ShouldThrowFileSystemNotFound()
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock });

        var error = Assert.Throws<EfsException>(() => backend.DescribeFileSystems(new DescribeFileSystemsRequest { FileSystemId = "fs-0123456789abcdef0" }));

        Assert.Equal("FileSystemNotFound", error.ErrorCode);
        Assert.Equal(404, error.HttpStatusCode);
        Assert.Equal("File system 'fs-0123456789abcdef0' does not exist.", error.Message);
    }

    [Fact]
    public void DescribeFileSystems_WhenIdBelongsToAnotherRegion_ShouldThrowFileSystemNotFound()
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock });
        var created = backend.CreateFileSystem(new AccountRegion("123456789012", "us-west-2"), new CreateFileSystemRequest { CreationToken = "west" });

        var error = Assert.Throws<EfsException>(() => DescribeById(backend, created.FileSystemId));

        Assert.Equal("FileSystemNotFound", error.ErrorCode);
    }

    [Fact]
    public void DescribeFileSystems_WhenGivenTheArn_ShouldFindTheFileSystem()
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock });
        var created = Create(backend, "token");

        Assert.Equal(created.FileSystemId, DescribeById(backend, created.FileSystemArn).FileSystemId);
    }

    [Fact]
    public void DescribeFileSystems_WhenCreationTokenGiven_ShouldReturnOnlyThatFileSystem()
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock });
        Create(backend, "a");
        var b = Create(backend, "b");

        var result = backend.DescribeFileSystems(new DescribeFileSystemsRequest { CreationToken = "b" });

        Assert.Equal(b.FileSystemId, Assert.Single(result.FileSystems).FileSystemId);
        Assert.Null(result.NextMarker);
    }

    [Fact]
    public void DescribeFileSystems_WhenCreationTokenUnknown_ShouldReturnNoFileSystems()
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock });
        Create(backend, "a");

        Assert.Empty(backend.DescribeFileSystems(new DescribeFileSystemsRequest { CreationToken = "missing" }).FileSystems);
    }

    [Fact]
    public void DescribeFileSystems_WhenPagedByTwo_ShouldReturnEveryFileSystemOnceInCreationOrder()
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock });
        var created = Enumerable.Range(0, 5).Select(i => Create(backend, $"token-{i}").FileSystemId).ToList();

        var pages = new List<DescribeFileSystemsResult>();
        string? marker = null;
        do
        {
            var page = backend.DescribeFileSystems(new DescribeFileSystemsRequest { MaxItems = 2, Marker = marker });
            pages.Add(page);
            marker = page.NextMarker;
        }
        while (marker is not null);

        Assert.Equal([2, 2, 1], pages.Select(page => page.FileSystems.Count));
        Assert.Equal(created, pages.SelectMany(page => page.FileSystems).Select(fileSystem => fileSystem.FileSystemId));
        Assert.Null(pages[0].Marker);
        Assert.Equal(pages[0].NextMarker, pages[1].Marker);
    }

    [Fact]
    public void DescribeFileSystems_WhenMoreThanOneHundred_ShouldPageAtOneHundred()
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock });
        for (var i = 0; i < 101; i++)
        {
            Create(backend, $"token-{i}");
        }

        var first = backend.DescribeFileSystems(new DescribeFileSystemsRequest { MaxItems = 500 });

        Assert.Equal(100, first.FileSystems.Count);
        Assert.Single(backend.DescribeFileSystems(new DescribeFileSystemsRequest { Marker = first.NextMarker }).FileSystems);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(-1, null)]
    [InlineData(null, "not-a-marker")]
    public void DescribeFileSystems_WhenPagingArgumentsInvalid_ShouldThrowBadRequest(int? maxItems, string? marker)
    {
        var backend = NewBackend(new SimulatorOptions { TimeProvider = clock });

        var error = Assert.Throws<EfsException>(() => backend.DescribeFileSystems(new DescribeFileSystemsRequest { MaxItems = maxItems, Marker = marker }));

        Assert.Equal("BadRequest", error.ErrorCode);
    }

    private static EfsBackend NewBackend(SimulatorOptions options) => new(options);

    private static FileSystemDescription Create(EfsBackend backend, string token) =>
        backend.CreateFileSystem(new CreateFileSystemRequest { CreationToken = token });

    private static FileSystemDescription DescribeById(EfsBackend backend, string fileSystemId) =>
        backend.DescribeFileSystems(new DescribeFileSystemsRequest { FileSystemId = fileSystemId }).FileSystems.Single();
}
