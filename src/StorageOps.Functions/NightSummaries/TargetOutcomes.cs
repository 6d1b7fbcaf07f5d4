namespace StorageOps.Functions.NightSummaries;

/// <summary>What the night did for one target.</summary>
public static class TargetOutcomes
{
    /// <summary>Its snapshot (or copy) for the night exists and is available; retention ran.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Protecting it failed; the result's error and cause say why. The night does not pass.</summary>
    public const string Failed = "failed";

    /// <summary>It carries the tag but was not attempted (for example a stopped cluster); the result's status says why.</summary>
    public const string Skipped = "skipped";
}
