namespace StorageOps.StatesLanguage.Mocking;

/// <summary>A named mocked response: the outcome of each invocation, by zero-based invocation number ("0", "1-2", ...).</summary>
public sealed class MockedResponse(string name, IReadOnlyList<(int From, int To, MockedOutcome Outcome)> outcomes)
{
    public string Name { get; } = name;

    public IReadOnlyList<(int From, int To, MockedOutcome Outcome)> Outcomes { get; } = outcomes;

    /// <summary>The outcome of the <paramref name="invocation"/>-th invocation (zero-based), or null past the last one defined.</summary>
    public MockedOutcome? ForInvocation(int invocation) =>
        Outcomes.FirstOrDefault(entry => invocation >= entry.From && invocation <= entry.To).Outcome;
}
