using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Requests;

/// <summary>Checks a provisioning request against EFS's documented limits before anything is sent to AWS.</summary>
public static class ProvisionFileSystemRequestValidator
{
    public static readonly IReadOnlyList<string> PerformanceModes = ["generalPurpose", "maxIO"];
    public static readonly IReadOnlyList<string> ThroughputModes = ["bursting", "provisioned", "elastic"];

    public static void Validate(ProvisionFileSystemRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        RequestFieldRules.RequestId(request.RequestId, problems);

        if (request.PerformanceMode is { } performanceMode && !PerformanceModes.Contains(performanceMode))
        {
            problems.Add($"performanceMode: '{performanceMode}' must be one of {string.Join(", ", PerformanceModes)}");
        }

        ValidateThroughput(request, problems);
        ValidateOneZone(request, problems);

        if (request.KmsKeyId is { } kmsKeyId)
        {
            if (request.Encrypted == false)
            {
                problems.Add("kmsKeyId: requires encrypted to be true");
            }

            if (!RequestFieldRules.IsKmsKeyId(kmsKeyId))
            {
                problems.Add($"kmsKeyId: '{kmsKeyId}' is not a KMS key id, key ARN, alias or alias ARN");
            }
        }

        RequestFieldRules.TimeoutSeconds(request.TimeoutSeconds, problems);
        RequestFieldRules.Tags(request.Tags, problems);
        ValidateMountTargets(request.MountTargets, problems);

        if (request.Replication is { } replication)
        {
            ReplicationDestinationRequestValidator.AddProblems("replication", replication, problems);
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }

    private static void ValidateThroughput(ProvisionFileSystemRequest request, List<string> problems)
    {
        if (request.ThroughputMode is { } throughputMode && !ThroughputModes.Contains(throughputMode))
        {
            problems.Add($"throughputMode: '{throughputMode}' must be one of {string.Join(", ", ThroughputModes)}");
        }

        var provisioned = request.ThroughputMode == "provisioned";
        if (provisioned && request.ProvisionedThroughputInMibps is null)
        {
            problems.Add("provisionedThroughputInMibps: is required when throughputMode is provisioned");
        }
        else if (!provisioned && request.ProvisionedThroughputInMibps is not null)
        {
            problems.Add("provisionedThroughputInMibps: is only allowed when throughputMode is provisioned");
        }
        else
        {
            RequestFieldRules.ProvisionedThroughput(request.ProvisionedThroughputInMibps, problems);
        }

        if (request.PerformanceMode == "maxIO" && request.ThroughputMode == "elastic")
        {
            problems.Add("performanceMode: maxIO is not supported with elastic throughput");
        }
    }

    private static void ValidateOneZone(ProvisionFileSystemRequest request, List<string> problems)
    {
        if (request.AvailabilityZoneName is not { } zone)
        {
            return;
        }

        if (!RequestFieldRules.IsAvailabilityZoneName(zone))
        {
            problems.Add($"availabilityZoneName: '{zone}' is not an Availability Zone name such as us-east-1a");
        }

        if (request.PerformanceMode == "maxIO")
        {
            problems.Add("performanceMode: maxIO is not supported on One Zone file systems (availabilityZoneName is set)");
        }
    }

    private static void ValidateMountTargets(IReadOnlyList<MountTargetRequest>? mountTargets, List<string> problems)
    {
        if (mountTargets is null)
        {
            return;
        }

        for (var index = 0; index < mountTargets.Count; index++)
        {
            var field = $"mountTargets[{index}]";
            if (mountTargets[index] is not { } mountTarget)
            {
                problems.Add($"{field}: must be an object, not null");
                continue;
            }

            if (mountTarget.SubnetId is not { } subnetId)
            {
                problems.Add($"{field}.subnetId: is required");
            }
            else if (!RequestFieldRules.IsSubnetId(subnetId))
            {
                problems.Add($"{field}.subnetId: '{subnetId}' is not a subnet id (subnet-0123abcd...)");
            }

            RequestFieldRules.SecurityGroups($"{field}.securityGroups", mountTarget.SecurityGroups, minimumCount: 1, problems);

            if (mountTarget.IpAddress is { } ipAddress && !RequestFieldRules.IsIpv4Address(ipAddress))
            {
                problems.Add($"{field}.ipAddress: '{ipAddress}' is not an IPv4 address");
            }
        }

        var repeatedSubnets = mountTargets
            .Where(mountTarget => mountTarget?.SubnetId is not null)
            .GroupBy(mountTarget => mountTarget.SubnetId, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key);
        foreach (var subnetId in repeatedSubnets)
        {
            problems.Add($"mountTargets: subnet '{subnetId}' appears more than once (at most one mount target per subnet)");
        }
    }
}
