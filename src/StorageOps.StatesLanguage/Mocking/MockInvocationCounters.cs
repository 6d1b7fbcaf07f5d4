namespace StorageOps.StatesLanguage.Mocking;

/// <summary>
/// One invocation counter per Task state per execution, as Step Functions Local keeps them: every invocation advances
/// it, retries, loop passes and Map iterations included.
/// </summary>
internal sealed class MockInvocationCounters
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The zero-based number of this invocation of <paramref name="stateName"/>.</summary>
    public int Next(string stateName)
    {
        lock (_gate)
        {
            var invocation = _counts.GetValueOrDefault(stateName);
            _counts[stateName] = invocation + 1;
            return invocation;
        }
    }
}
