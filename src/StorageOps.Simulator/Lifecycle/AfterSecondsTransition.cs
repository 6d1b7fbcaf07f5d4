namespace StorageOps.Simulator.Lifecycle;

public sealed record AfterSecondsTransition : LifecycleTransition
{
    public AfterSecondsTransition(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        Delay = delay;
    }

    public TimeSpan Delay { get; }

    internal override bool HasCompleted(TimeSpan elapsed, int describes) => elapsed >= Delay;

    public override string ToString() => $"after {Delay.TotalSeconds} virtual seconds";
}
