using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.FileSystems;

/// <summary>Checks a handler's file system id member before any AWS call, by the rules the request contracts use.</summary>
public static class FileSystemIdInput
{
    /// <exception cref="InvalidInputException">The id is missing or is neither a file system id nor a file system ARN.</exception>
    public static string Require(string? fileSystemId, string memberName)
    {
        var problems = new List<string>();
        RequestFieldRules.RequiredFileSystemId(memberName, fileSystemId, problems);
        return problems.Count == 0 ? fileSystemId! : throw new InvalidInputException(problems);
    }
}
