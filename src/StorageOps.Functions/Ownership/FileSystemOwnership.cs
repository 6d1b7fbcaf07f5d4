using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Ownership;

/// <summary>Whether a file system was created by StorageOps, judged by its ownership tag; changes are refused on any other.</summary>
public static class FileSystemOwnership
{
    public static bool IsOwned(FileSystemDescription fileSystem) =>
        fileSystem.Tags.Contains(new Tag(OwnershipTags.ManagedBy, OwnershipTags.ManagedByValue));

    /// <exception cref="RefusedOperationException"><see cref="ErrorNames.FileSystemNotOwned"/> when the file system lacks the ownership tag.</exception>
    public static void RequireOwned(FileSystemDescription fileSystem, string whatWouldChange)
    {
        if (!IsOwned(fileSystem))
        {
            throw new RefusedOperationException(
                ErrorNames.FileSystemNotOwned,
                $"File system {fileSystem.FileSystemId} was not created by StorageOps (it has no {OwnershipTags.ManagedBy}={OwnershipTags.ManagedByValue} tag), "
                + $"so StorageOps will not {whatWouldChange}. Change it yourself, or ask for a file system StorageOps provisioned.");
        }
    }
}
