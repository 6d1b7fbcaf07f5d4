namespace StorageOps.Aws.Protocol.RestJson;

/// <summary>The output of an operation whose model declares no output members (or none worth returning).</summary>
internal sealed record NoOutput
{
    public static NoOutput Instance { get; } = new();

    public static NoOutput Read(System.Text.Json.JsonElement body) => Instance;
}
