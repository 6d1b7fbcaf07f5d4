using StorageOps.Testing;

namespace EndToEnd.Tests.Schemas;

/// <summary>The file-name mapping of docs/schemas.md for state machines: statemachines/&lt;workflow&gt;.asl.json ↔ events/&lt;workflow&gt;.json ↔ schemas/&lt;workflow&gt;-input|output.schema.json.</summary>
internal static class WorkflowSchemas
{
    private const string DefinitionSuffix = ".asl.json";

    /// <summary>Every state machine of statemachines/, by name.</summary>
    public static IReadOnlyList<string> Workflows =>
        [.. Directory.GetFiles(RepositoryPaths.Combine("statemachines"), "*" + DefinitionSuffix).Select(path => Path.GetFileName(path)[..^DefinitionSuffix.Length]).Order(StringComparer.Ordinal)];

    public static bool IsWorkflow(string name) => File.Exists(RepositoryPaths.Combine("statemachines", name + DefinitionSuffix));

    public static string SamplePath(string workflow) => RepositoryPaths.Combine("events", workflow + ".json");

    public static string InputSchema(string workflow) => workflow + "-input";

    public static string OutputSchema(string workflow) => workflow + "-output";
}
