namespace StorageOps.Functions.MountTargets;

/// <summary>Input of the DescribeMountTargets handler.</summary>
public sealed record DescribeMountTargetsInput
{
    public string? FileSystemId { get; init; }

    /// <summary>How many mount targets must exist, all <c>available</c>, for the result to be ready; null = whatever the file system has.</summary>
    public int? ExpectedCount { get; init; }

    /// <summary>When the operation being waited for started; the polling interval grows with the time since.</summary>
    public DateTimeOffset? Since { get; init; }
}
