namespace StorageOps.StatesLanguage.Mocking;

/// <summary>A test case of a mock configuration: which mocked response each Task state gets instead of its real invocation.</summary>
public sealed class MockedTestCase(string stateMachineName, string name, IReadOnlyDictionary<string, MockedResponse> responsesByState)
{
    public string StateMachineName { get; } = stateMachineName;

    public string Name { get; } = name;

    public IReadOnlyDictionary<string, MockedResponse> ResponsesByState { get; } = responsesByState;
}
