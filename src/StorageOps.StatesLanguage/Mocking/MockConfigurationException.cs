namespace StorageOps.StatesLanguage.Mocking;

/// <summary>A mock configuration file is malformed, or does not hold the state machine or test case asked for.</summary>
public sealed class MockConfigurationException(string message) : Exception(message);
