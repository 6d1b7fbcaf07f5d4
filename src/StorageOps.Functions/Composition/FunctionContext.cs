namespace StorageOps.Functions.Composition;

/// <summary>What a registration builds its handler from: the function's own environment and its lazily created clients.</summary>
public sealed record FunctionContext(FunctionEnvironment Environment, AwsClients Clients)
{
    public TimeProvider Time => Environment.Time;

    /// <summary>The function's structured logger: <c>context.Logger.Info("…", ("key", value))</c>.</summary>
    public Logging.FunctionLogger Logger => Environment.Logger;
}
