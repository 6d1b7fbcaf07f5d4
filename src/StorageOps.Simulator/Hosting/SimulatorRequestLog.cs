namespace StorageOps.Simulator.Hosting;

/// <summary>
/// Every HTTP request the simulator has received, whatever it answered, so a test can prove which AWS calls were made (or that none was).
/// Keeps the most recent <see cref="Capacity"/> requests so a long-running simulator does not grow without bound.
/// </summary>
public sealed class SimulatorRequestLog
{
    public const int DefaultCapacity = 10_000;

    private readonly Lock gate = new();
    private readonly Queue<RecordedRequest> retained = new();
    private int count;

    public SimulatorRequestLog(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>How many requests have been received in all, including any no longer retained.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return count;
            }
        }
    }

    /// <summary>The retained requests, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (gate)
        {
            return [.. retained];
        }
    }

    /// <summary>Adds a request; the simulator calls this once for every request it receives.</summary>
    public void Record(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (gate)
        {
            count++;
            if (retained.Count == Capacity)
            {
                retained.Dequeue();
            }

            retained.Enqueue(request);
        }
    }
}
