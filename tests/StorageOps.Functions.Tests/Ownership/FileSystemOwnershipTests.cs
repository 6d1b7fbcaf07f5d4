using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Ownership;

namespace StorageOps.Functions.Tests.Ownership;

public sealed class FileSystemOwnershipTests
{
    private static FileSystemDescription Tagged(params Tag[] tags) => new() { FileSystemId = "fs-0a1b2c3d4e", Tags = tags };

    [Fact]
    public void RequireDeletable_WhenTaggedAsOursWithTheRollbacksRequest_ShouldAllowIt()
    {
        FileSystemOwnership.RequireDeletable(Tagged(new Tag("storageops:managed-by", "storageops"), new Tag("storageops:request-id", "req-1")), "req-1", force: false);

        Assert.True(FileSystemOwnership.IsOurs(Tagged(new Tag("storageops:managed-by", "storageops"))));
    }

    [Theory]
    [InlineData("storageops:managed-by", "someone-else")]
    [InlineData("managed-by", "storageops")]
    public void RequireDeletable_WhenTheOwnershipTagIsMissingOrDifferent_ShouldRefuseUnlessForced(string key, string value)
    {
        var fileSystem = Tagged(new Tag(key, value));

        var error = Assert.Throws<NotOwnedException>(() => FileSystemOwnership.RequireDeletable(fileSystem, createdByRequestId: null, force: false));
        FileSystemOwnership.RequireDeletable(fileSystem, createdByRequestId: null, force: true);

        Assert.StartsWith("File system fs-0a1b2c3d4e does not carry the tag storageops:managed-by=storageops", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireDeletable_WhenARollbackNamesAnotherRequest_ShouldRefuse()
    {
        var fileSystem = Tagged(new Tag("storageops:managed-by", "storageops"), new Tag("storageops:request-id", "req-2"));

        Assert.Throws<NotOwnedException>(() => FileSystemOwnership.RequireDeletable(fileSystem, "req-1", force: false));
    }
}
