namespace StorageOps.StatesLanguage.Tests.Execution;

/// <summary>Runs the hostile-definition tests with nothing else in parallel, so process-wide allocation counts are theirs.</summary>
[CollectionDefinition(StateMachineEngineHostileDefinitionTests.Name, DisableParallelization = true)]
public sealed class HostileDefinitionCollection;
