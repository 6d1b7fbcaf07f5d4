namespace StorageOps.Functions.SnapshotTargets;

/// <summary>PlanNightPages's input: the night, and the incomplete plan a throttled call returned (null or absent to start).</summary>
public sealed record PlanNightPagesInput(Night? Night, NightPagePlan? Plan = null);
