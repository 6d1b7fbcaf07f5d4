namespace StorageOps.Simulator.Lifecycle;

/// <summary>Tracks one resource's progress through a <see cref="LifecycleTransition"/>; once settled it stays settled.</summary>
internal sealed class ResourceLifecycle(LifecycleTransition transition, DateTimeOffset startedAt)
{
    private int describes;
    private bool completed;

    /// <summary>Whether the transition has completed; a describe counts towards <see cref="AfterDescribesTransition"/>.</summary>
    public bool Observe(DateTimeOffset now, bool isDescribe)
    {
        if (isDescribe)
        {
            describes++;
        }

        completed = completed || transition.HasCompleted(now - startedAt, describes);
        return completed;
    }
}
