namespace StorageOps.Simulator.Efs;

/// <summary>The members of EFS <c>CreateMountTarget</c>; null means the caller left the member out.</summary>
public sealed record CreateMountTargetRequest
{
    public string? FileSystemId { get; init; }

    public string? SubnetId { get; init; }

    public string? IpAddress { get; init; }

    public string? IpAddressType { get; init; }

    public string? Ipv6Address { get; init; }

    public IReadOnlyList<string>? SecurityGroups { get; init; }
}
