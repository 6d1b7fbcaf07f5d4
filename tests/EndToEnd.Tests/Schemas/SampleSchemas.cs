using StorageOps.Testing;

namespace EndToEnd.Tests.Schemas;

/// <summary>
/// Which schema judges each sample of events/, by file name (docs/schemas.md): events/requests/&lt;action&gt;.json →
/// schemas/&lt;action&gt;.schema.json; events/&lt;workflow&gt;.json, for a state machine of statemachines/ →
/// schemas/&lt;workflow&gt;-input.schema.json; any other events/&lt;name&gt;.json (AWS events) → schemas/&lt;name&gt;.schema.json.
/// </summary>
internal static class SampleSchemas
{
    public const string RequestsFolder = "requests";

    public static string EventsDirectory => RepositoryPaths.Combine("events");

    /// <summary>Every sample, by its path under events/ ("requests/provision-file-system.json").</summary>
    public static IReadOnlyList<string> Samples =>
        [.. Directory.GetFiles(EventsDirectory, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(EventsDirectory, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];

    public static string SchemaFor(string sample)
    {
        var name = Path.GetFileNameWithoutExtension(sample);
        return Path.GetDirectoryName(sample) switch
        {
            RequestsFolder => name,
            "" or null when WorkflowSchemas.IsWorkflow(name) => WorkflowSchemas.InputSchema(name),
            "" or null => name,
            var folder => throw new InvalidOperationException($"events/{folder}/ has no schema mapping (docs/schemas.md): samples live in events/ and events/requests/."),
        };
    }
}
