namespace StorageOps.Simulator.Lifecycle;

public sealed record AfterDescribesTransition : LifecycleTransition
{
    public AfterDescribesTransition(int describes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(describes, 1);
        Describes = describes;
    }

    public int Describes { get; }

    internal override bool HasCompleted(TimeSpan elapsed, int describes) => describes >= Describes;

    public override string ToString() => $"on describe {Describes}";
}
