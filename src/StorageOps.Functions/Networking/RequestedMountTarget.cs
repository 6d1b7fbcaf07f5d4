namespace StorageOps.Functions.Networking;

/// <summary>One entry of a provisioning request's <c>mountTargets</c>, as the user wrote it.</summary>
public sealed record RequestedMountTarget
{
    public string? SubnetId { get; init; }

    public IReadOnlyList<string>? SecurityGroups { get; init; }

    public string? IpAddress { get; init; }
}
