namespace StorageOps.Testing;

/// <summary>
/// Tests that change process-wide state (environment variables read by AWSSDK.Core's default credential chain)
/// run alone, never beside another test of the same assembly.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
