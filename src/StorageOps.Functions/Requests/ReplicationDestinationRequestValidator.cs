using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Requests;

/// <summary>
/// Checks a replication destination as EFS CreateReplicationConfiguration does: a new file system needs a Region or an
/// Availability Zone and may name a KMS key; an existing one is named by id or ARN and takes neither.
/// </summary>
public static class ReplicationDestinationRequestValidator
{
    public static void Validate(ReplicationDestinationRequest destination)
    {
        var problems = new List<string>();
        AddProblems("destination", destination, problems);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }

    public static void AddProblems(string field, ReplicationDestinationRequest destination, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.FileSystemId is null && destination.Region is null && destination.AvailabilityZoneName is null)
        {
            problems.Add($"{field}: needs region or availabilityZoneName (a new destination file system) or fileSystemId (an existing one)");
        }

        if (destination.FileSystemId is not null)
        {
            if (destination.AvailabilityZoneName is not null)
            {
                problems.Add($"{field}.availabilityZoneName: is only allowed for a new destination, not with fileSystemId");
            }

            if (destination.KmsKeyId is not null)
            {
                problems.Add($"{field}.kmsKeyId: is only allowed for a new destination, not with fileSystemId");
            }
        }

        RequestFieldRules.FileSystemId($"{field}.fileSystemId", destination.FileSystemId, problems);

        if (destination.Region is { } region && !RequestFieldRules.IsRegionName(region))
        {
            problems.Add($"{field}.region: '{region}' is not a Region name such as us-west-2");
        }

        if (destination.AvailabilityZoneName is { } zone && !RequestFieldRules.IsAvailabilityZoneName(zone))
        {
            problems.Add($"{field}.availabilityZoneName: '{zone}' is not an Availability Zone name such as us-west-2a");
        }

        if (destination.KmsKeyId is { } kmsKeyId && !RequestFieldRules.IsKmsKeyId(kmsKeyId))
        {
            problems.Add($"{field}.kmsKeyId: '{kmsKeyId}' is not a KMS key id, key ARN, alias or alias ARN");
        }

        if (destination.RoleArn is { } roleArn && !RequestFieldRules.IsRoleArn(roleArn))
        {
            problems.Add($"{field}.roleArn: '{roleArn}' is not an IAM role ARN");
        }
    }
}
