using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Tests.TestSupport;
using static StorageOps.Simulator.Tests.TestSupport.EfsBackendScenario;

namespace StorageOps.Simulator.Tests.Efs;

public sealed class EfsBackendTagTests
{
    private readonly EfsBackendScenario scenario = new();

    private EfsBackend Backend => scenario.Backend;

    [Fact]
    public void TagResource_WhenKeysNewOrExisting_ShouldAddAndOverwrite()
    {
        var fileSystem = Backend.CreateFileSystem(scenario.Scope, new CreateFileSystemRequest { CreationToken = "tagged", Tags = [new EfsTag("team", "old")] });

        Backend.TagResource(scenario.Scope, fileSystem.FileSystemId, [new EfsTag("team", "storage"), new EfsTag("Name", "shared")]);

        var tags = Backend.ListTagsForResource(scenario.Scope, fileSystem.FileSystemId).Tags;
        Assert.Equal([new EfsTag("team", "storage"), new EfsTag("Name", "shared")], tags);
        Assert.Equal("shared", scenario.Describe(fileSystem.FileSystemId).Name);
    }

    [Fact]
    public void TagResource_WhenGivenTheArn_ShouldTagTheFileSystem()
    {
        var fileSystem = scenario.CreateFileSystem("by-arn");

        Backend.TagResource(scenario.Scope, fileSystem.FileSystemArn, [new EfsTag("k", "v")]);

        Assert.Equal([new EfsTag("k", "v")], Backend.DescribeTags(scenario.Scope, fileSystem.FileSystemId).Tags);
    }

    [Fact]
    public void TagResource_WhenMoreThanFiftyTagsInTotal_ShouldFailWithBadRequest()
    {
        var fileSystem = scenario.CreateFileSystem("crowded");
        Backend.TagResource(scenario.Scope, fileSystem.FileSystemId, [.. Enumerable.Range(0, 50).Select(index => new EfsTag($"key-{index}", "v"))]);

        AssertEfsError("BadRequest", () => Backend.TagResource(scenario.Scope, fileSystem.FileSystemId, [new EfsTag("one-too-many", "v")]));
        Backend.TagResource(scenario.Scope, fileSystem.FileSystemId, [new EfsTag("key-0", "overwritten")]);
        Assert.Equal(50, Backend.ListTagsForResource(scenario.Scope, fileSystem.FileSystemId).Tags.Count);
    }

    [Theory]
    [InlineData("aws:reserved", "v")]
    [InlineData("", "v")]
    [InlineData("bad#key", "v")]
    public void TagResource_WhenTagInvalid_ShouldFailWithBadRequest(string key, string value)
    {
        var fileSystem = scenario.CreateFileSystem("invalid");

        AssertEfsError("BadRequest", () => Backend.TagResource(scenario.Scope, fileSystem.FileSystemId, [new EfsTag(key, value)]));
    }

    [Fact]
    public void TagResource_WhenResourceUnknown_ShouldFailWithTheMatchingNotFound()
    {
        AssertEfsError("FileSystemNotFound", () => Backend.TagResource(scenario.Scope, "fs-0123456789abcdef0", [new EfsTag("k", "v")]));
        AssertEfsError("AccessPointNotFound", () => Backend.TagResource(scenario.Scope, "fsap-0123456789abcdef0", [new EfsTag("k", "v")]));
    }

    [Fact]
    public void UntagResource_WhenSomeKeysUnknown_ShouldRemoveTheKnownOnes()
    {
        var fileSystem = Backend.CreateFileSystem(scenario.Scope, new CreateFileSystemRequest { CreationToken = "untag", Tags = [new EfsTag("a", "1"), new EfsTag("b", "2")] });

        Backend.UntagResource(scenario.Scope, fileSystem.FileSystemId, ["a", "never-set"]);

        Assert.Equal([new EfsTag("b", "2")], Backend.ListTagsForResource(scenario.Scope, fileSystem.FileSystemId).Tags);
    }

    [Fact]
    public void UntagResource_WhenNoKeys_ShouldFailWithBadRequest()
    {
        var fileSystem = scenario.CreateFileSystem("no-keys");

        AssertEfsError("BadRequest", () => Backend.UntagResource(scenario.Scope, fileSystem.FileSystemId, []));
    }

    [Fact]
    public void DescribeTags_WhenPaged_ShouldVisitEveryTagOnce()
    {
        var tags = Enumerable.Range(0, 5).Select(index => new EfsTag($"key-{index}", $"value-{index}")).ToList();
        var fileSystem = Backend.CreateFileSystem(scenario.Scope, new CreateFileSystemRequest { CreationToken = "paged", Tags = tags });

        var first = Backend.DescribeTags(scenario.Scope, fileSystem.FileSystemId, maxItems: 2);
        var second = Backend.DescribeTags(scenario.Scope, fileSystem.FileSystemId, maxItems: 2, marker: first.NextMarker);
        var third = Backend.DescribeTags(scenario.Scope, fileSystem.FileSystemId, maxItems: 2, marker: second.NextMarker);

        Assert.Equal(tags, first.Tags.Concat(second.Tags).Concat(third.Tags));
        Assert.Null(third.NextMarker);
        Assert.Equal(second.NextMarker, third.Marker);
    }

    [Fact]
    public void ListTagsForResource_WhenPaged_ShouldVisitEveryTagOnce()
    {
        var tags = Enumerable.Range(0, 3).Select(index => new EfsTag($"key-{index}", "v")).ToList();
        var fileSystem = Backend.CreateFileSystem(scenario.Scope, new CreateFileSystemRequest { CreationToken = "listed", Tags = tags });

        var first = Backend.ListTagsForResource(scenario.Scope, fileSystem.FileSystemId, maxResults: 2);
        var second = Backend.ListTagsForResource(scenario.Scope, fileSystem.FileSystemId, maxResults: 2, nextToken: first.NextToken);

        Assert.Equal(tags, first.Tags.Concat(second.Tags));
        Assert.Null(second.NextToken);
    }

    [Fact]
    public void ListTagsForResource_WhenTokenFromAnotherListing_ShouldFailWithBadRequest()
    {
        var fileSystem = Backend.CreateFileSystem(scenario.Scope, new CreateFileSystemRequest
        {
            CreationToken = "mixed",
            Tags = [new EfsTag("a", "1"), new EfsTag("b", "2")],
        });
        var marker = Backend.DescribeTags(scenario.Scope, fileSystem.FileSystemId, maxItems: 1).NextMarker;

        AssertEfsError("BadRequest", () => Backend.ListTagsForResource(scenario.Scope, fileSystem.FileSystemId, nextToken: marker));
    }

    [Fact]
    public void DescribeTags_WhenFileSystemUnknown_ShouldFailWithFileSystemNotFound() =>
        AssertEfsError("FileSystemNotFound", () => Backend.DescribeTags(scenario.Scope, "fs-0123456789abcdef0"));

    [Fact]
    public void DescribeTags_WhenMaxItemsZero_ShouldFailWithBadRequest()
    {
        var fileSystem = scenario.CreateFileSystem("zero");

        AssertEfsError("BadRequest", () => Backend.DescribeTags(scenario.Scope, fileSystem.FileSystemId, maxItems: 0));
    }
}
