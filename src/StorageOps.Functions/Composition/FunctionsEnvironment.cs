using StorageOps.Aws;

namespace StorageOps.Functions.Composition;

/// <summary>What differs between Lambda and the local runner: where AWS is, and whose clock it is.</summary>
public sealed record FunctionsEnvironment(AwsClientSettings Aws, TimeProvider Time);
