namespace StorageOps.Aws.Efs;

/// <summary>Input of EFS CreateMountTarget.</summary>
public sealed record CreateMountTargetRequest
{
    public required string FileSystemId { get; init; }

    public required string SubnetId { get; init; }

    /// <summary>An IPv4 address in the subnet; EFS picks one when absent.</summary>
    public string? IpAddress { get; init; }

    public string? Ipv6Address { get; init; }

    /// <summary><c>IPV4_ONLY</c>, <c>IPV6_ONLY</c> or <c>DUAL_STACK</c>.</summary>
    public string? IpAddressType { get; init; }

    /// <summary>Up to five security group ids (<c>sg-…</c>) of the subnet's VPC.</summary>
    public IReadOnlyList<string>? SecurityGroups { get; init; }
}
