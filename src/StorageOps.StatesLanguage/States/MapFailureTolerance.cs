using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.States;

/// <summary>How many failed child executions a distributed Map accepts before it fails with States.ExceedToleratedFailureThreshold.</summary>
public sealed record MapFailureTolerance(double? Percentage, JsonPath? PercentagePath, int? Count, JsonPath? CountPath)
{
    public static MapFailureTolerance None { get; } = new(null, null, null, null);
}
