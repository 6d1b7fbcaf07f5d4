namespace StorageOps.Functions.Requests;

/// <summary>One mount target to create: in <see cref="SubnetId"/>, with its security groups and optional fixed IPv4 address.</summary>
public sealed record MountTargetRequest
{
    public string? SubnetId { get; init; }

    /// <summary>At most five; the VPC's default security group when absent.</summary>
    public IReadOnlyList<string>? SecurityGroups { get; init; }

    public string? IpAddress { get; init; }
}
