namespace StorageOps.Functions.MountTargets;

/// <summary>Where one mount target goes: a subnet, its security groups and, optionally, its IPv4 address.</summary>
public sealed record MountTargetPlacement
{
    public string? SubnetId { get; init; }

    /// <summary>Up to five security group ids of the subnet's VPC; EFS uses the VPC's default group when absent.</summary>
    public IReadOnlyList<string>? SecurityGroups { get; init; }

    /// <summary>An IPv4 address inside the subnet; EFS picks one when absent.</summary>
    public string? IpAddress { get; init; }
}
