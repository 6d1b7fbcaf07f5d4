namespace StorageOps.Functions.Logging;

/// <summary>Whether an invocation is the first of its process (Lambda runs one function per process, so: of its sandbox).</summary>
public sealed class ColdStart
{
    private int taken;

    /// <summary>This process's: what the Lambda host and every handler built by the registry share.</summary>
    public static ColdStart Process { get; } = new();

    /// <returns>True for the first call only.</returns>
    public bool Take() => Interlocked.Exchange(ref taken, 1) == 0;
}
