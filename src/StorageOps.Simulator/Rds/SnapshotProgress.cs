using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator.Rds;

/// <summary>
/// A snapshot's way through its creation transition, with the <c>PercentProgress</c> RDS reports on the way:
/// the share of virtual seconds (or describes) already taken, below 100 until the snapshot is available.
/// </summary>
internal sealed class SnapshotProgress(LifecycleTransition transition, DateTimeOffset startedAt)
{
    private readonly ResourceLifecycle lifecycle = new(transition, startedAt);
    private int describes;

    public bool Completed { get; private set; }

    public int PercentProgress { get; private set; }

    public void Observe(DateTimeOffset now, bool isDescribe)
    {
        if (Completed)
        {
            return;
        }

        if (isDescribe)
        {
            describes++;
        }

        Completed = lifecycle.Observe(now, isDescribe);
        var share = transition switch
        {
            AfterSecondsTransition seconds when seconds.Delay > TimeSpan.Zero => (now - startedAt) / seconds.Delay,
            AfterDescribesTransition describeCount => (double)describes / describeCount.Describes,
            _ => 1.0,
        };
        PercentProgress = Completed ? 100 : Math.Clamp((int)(share * 100), 0, 99);
    }
}
