namespace StorageOps.Simulator.Faults;

/// <summary>
/// Which requests misbehave and how: requests of <see cref="Service"/> whose operation name matches <see cref="Operation"/> and
/// one of whose resource ids or ARNs matches <see cref="Resource"/> (globs: <c>*</c> any run, <c>?</c> one character).
/// </summary>
public sealed record FaultRule
{
    /// <summary><c>efs</c>, <c>rds</c>, <c>docdb-elastic</c>, <c>states</c>, <c>ec2</c> or <c>events</c>; null matches every service.</summary>
    public string? Service { get; init; }

    /// <summary>A glob over the operation name, for example <c>Describe*</c>.</summary>
    public string Operation { get; init; } = "*";

    /// <summary>A glob over the request's resource ids and ARNs, for example <c>fs-*</c>; <c>*</c> also matches requests naming no resource.</summary>
    public string Resource { get; init; } = "*";

    /// <summary>The share (0 to 1) of matching requests answered with the service's own throttling error.</summary>
    public double ThrottleRate { get; init; }

    /// <summary>
    /// Token-bucket throttling: tokens refilled per second on the simulator's clock (<see cref="SimulatorOptions.TimeProvider"/>),
    /// one bucket per rule, service and operation; a matching request that finds no token is answered with the service's own
    /// throttling error, as <see cref="ThrottleRate"/> is. 0 (the default) means no bucket.
    /// </summary>
    public double ThrottleRatePerSecond { get; init; }

    /// <summary>
    /// The size of each bucket of <see cref="ThrottleRatePerSecond"/>, which starts full: how many requests may arrive at once.
    /// 0 (the default) means the rate rounded up, at least 1.
    /// </summary>
    public int ThrottleBurst { get; init; }

    /// <summary>The bucket size <see cref="ThrottleBurst"/> means.</summary>
    public int EffectiveThrottleBurst => ThrottleBurst > 0 ? ThrottleBurst : (int)Math.Max(1, Math.Ceiling(Math.Min(ThrottleRatePerSecond, int.MaxValue)));

    /// <summary>The share (0 to 1) of matching requests answered with the service's own 500 error.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Added before every matching request is served, on <see cref="FaultSettings.LatencyClock"/>.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>
    /// Eventual consistency: for this long (on the simulator's clock) after a resource is created, a matching describe of it
    /// by id answers the service's not-found error.
    /// </summary>
    public TimeSpan NotFoundAfterCreate { get; init; }

    /// <summary>
    /// The state a matching new resource settles into instead of its healthy one, for example <c>ERROR</c> for an EFS replication
    /// or <c>INACCESSIBLE_ENCRYPTION_CREDS</c> for a DocumentDB Elastic snapshot copy; matched by service and resource only.
    /// </summary>
    public string? ForcedState { get; init; }
}
