using StorageOps.Simulator.Faults;

namespace NightlySnapshots.Benchmarks;

/// <summary>One token bucket per matching operation of <paramref name="Service"/>: <paramref name="RatePerSecond"/> refilled on the simulator's clock, <paramref name="Burst"/> at once.</summary>
public sealed record ThrottleLimit(string Service, string Operation, double RatePerSecond, int Burst)
{
    /// <summary>
    /// Realistic per-operation limits for one account and Region (RDS and DocumentDB Elastic publish token buckets per API
    /// action; these are in their range): RDS describes and lists 20/s burst 40, RDS mutations 5/s burst 10, every DocumentDB
    /// Elastic operation 10/s burst 20, EventBridge PutEvents 50/s burst 100. The globs never overlap, so each request takes
    /// one token from one bucket.
    /// </summary>
    public static IReadOnlyList<ThrottleLimit> Realistic { get; } =
    [
        new("rds", "Describe*", 20, 40),
        new("rds", "List*", 20, 40),
        new("rds", "Create*", 5, 10),
        new("rds", "Delete*", 5, 10),
        new("rds", "Copy*", 5, 10),
        new("rds", "AddTags*", 5, 10),
        new("docdb-elastic", "*", 10, 20),
        new("events", "*", 50, 100),
    ];

    public FaultRule ToRule() => new() { Service = Service, Operation = Operation, ThrottleRatePerSecond = RatePerSecond, ThrottleBurst = Burst };

    public bool Matches(string service, string operation) =>
        service == Service && (Operation.EndsWith('*') ? operation.StartsWith(Operation[..^1], StringComparison.Ordinal) : operation == Operation);
}
