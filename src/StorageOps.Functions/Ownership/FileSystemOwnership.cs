using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Ownership;

/// <summary>
/// Whether StorageOps may change or delete a file system: only when it carries our ownership tag and, for a rollback,
/// the request id of the execution that created it; a teardown's <c>force</c> overrides both for deletion.
/// </summary>
public static class FileSystemOwnership
{
    public static bool IsOurs(FileSystemDescription fileSystem) =>
        fileSystem.Tags.Contains(new Tag(OwnershipTags.ManagedBy, OwnershipTags.ManagedByValue));

    /// <exception cref="NotOwnedException">The file system lacks the ownership tag.</exception>
    public static void RequireOwned(FileSystemDescription fileSystem, string whatWouldChange)
    {
        if (!IsOurs(fileSystem))
        {
            throw new NotOwnedException(
                $"File system {fileSystem.FileSystemId} was not created by StorageOps (it has no {OwnershipTags.ManagedBy}={OwnershipTags.ManagedByValue} tag), "
                + $"so StorageOps will not {whatWouldChange}. Change it yourself, or ask for a file system StorageOps provisioned.");
        }
    }

    /// <exception cref="NotOwnedException">The file system is not ours, or not the given request's, and force is not set.</exception>
    public static void RequireDeletable(FileSystemDescription fileSystem, string? createdByRequestId, bool force)
    {
        if (force)
        {
            return;
        }

        if (!IsOurs(fileSystem))
        {
            throw new NotOwnedException(
                $"File system {fileSystem.FileSystemId} does not carry the tag {OwnershipTags.ManagedBy}={OwnershipTags.ManagedByValue}: "
                + "StorageOps deletes only what it created. To delete it anyway, send the request again with \"force\": true.");
        }

        if (createdByRequestId is not null && !fileSystem.Tags.Contains(new Tag(OwnershipTags.RequestId, createdByRequestId)))
        {
            throw new NotOwnedException(
                $"File system {fileSystem.FileSystemId} was not created by request '{createdByRequestId}' "
                + $"(its {OwnershipTags.RequestId} tag differs), so this request does not delete it.");
        }
    }
}
