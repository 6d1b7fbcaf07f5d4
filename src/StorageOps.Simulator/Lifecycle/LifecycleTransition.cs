namespace StorageOps.Simulator.Lifecycle;

/// <summary>When a simulated resource leaves its transitional state (for example EFS <c>creating</c> → <c>available</c>).</summary>
public abstract record LifecycleTransition
{
    private protected LifecycleTransition()
    {
    }

    /// <summary>The resource settles once this many virtual seconds have passed since it was created.</summary>
    public static LifecycleTransition AfterSeconds(double seconds) => new AfterSecondsTransition(TimeSpan.FromSeconds(seconds));

    /// <summary>The <paramref name="describes"/>-th describe of the resource is the first to see it settled.</summary>
    public static LifecycleTransition AfterDescribes(int describes) => new AfterDescribesTransition(describes);

    internal abstract bool HasCompleted(TimeSpan elapsed, int describes);
}
