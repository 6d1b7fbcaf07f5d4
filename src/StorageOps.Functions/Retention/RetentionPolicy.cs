namespace StorageOps.Functions.Retention;

/// <summary>
/// Grandfather-father-son retention of one cluster's nightly snapshots: the newest <see cref="KeepDaily"/> nights, the newest
/// snapshot of each of the newest <see cref="KeepWeekly"/> ISO weeks and of the newest <see cref="KeepMonthly"/> months, and
/// never fewer than the <see cref="MinKeep"/> newest. Only snapshots carrying the ownership tag are ever counted or deleted.
/// </summary>
/// <param name="DryRun">Report what would be deleted and delete nothing.</param>
public sealed record RetentionPolicy(int KeepDaily, int KeepWeekly = 0, int KeepMonthly = 0, int MinKeep = 1, bool DryRun = false)
{
    /// <summary>The problems that make this policy unusable (negative counts, nothing kept at all); empty when it is valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (KeepDaily < 0) problems.Add($"keepDaily: {KeepDaily} must be 0 or more");
        if (KeepWeekly < 0) problems.Add($"keepWeekly: {KeepWeekly} must be 0 or more");
        if (KeepMonthly < 0) problems.Add($"keepMonthly: {KeepMonthly} must be 0 or more");
        if (MinKeep < 1) problems.Add($"minKeep: {MinKeep} must be 1 or more (the night's own snapshot is always kept)");
        return problems;
    }
}
