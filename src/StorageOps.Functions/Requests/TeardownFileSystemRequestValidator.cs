using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Requests;

/// <summary>Checks a teardown request before anything is sent to AWS.</summary>
public static class TeardownFileSystemRequestValidator
{
    public static void Validate(TeardownFileSystemRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        RequestFieldRules.RequestId(request.RequestId, problems);
        RequestFieldRules.RequiredFileSystemId("fileSystemId", request.FileSystemId, problems);
        RequestFieldRules.TimeoutSeconds(request.TimeoutSeconds, problems);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }
}
