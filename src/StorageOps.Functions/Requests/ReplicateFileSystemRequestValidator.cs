using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Requests;

/// <summary>Checks a replication request before anything is sent to AWS.</summary>
public static class ReplicateFileSystemRequestValidator
{
    public static void Validate(ReplicateFileSystemRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        RequestFieldRules.RequestId(request.RequestId, problems);
        RequestFieldRules.RequiredFileSystemId("fileSystemId", request.FileSystemId, problems);
        if (request.Destination is { } destination)
        {
            ReplicationDestinationRequestValidator.AddProblems("destination", destination, problems);
        }
        else
        {
            problems.Add("destination: is required");
        }

        RequestFieldRules.TimeoutSeconds(request.TimeoutSeconds, problems);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }
}
