using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using StorageOps.Testing;

namespace EndToEnd.Tests.Schemas;

/// <summary>
/// Every schemas/&lt;name&gt;.schema.json built into one registry, so a <c>$ref</c> to another file resolves by its
/// <c>$id</c> (urn:storageops:schemas:&lt;name&gt;) as a user's validator resolves it when given all the files.
/// A schema that cannot be built (a <c>$ref</c> to a file that is not there) is kept with its problem, so only what
/// uses it fails, and says why.
/// </summary>
internal sealed class SchemaCatalog
{
    public const string IdPrefix = "urn:storageops:schemas:";

    private const string Suffix = ".schema.json";

    private static readonly Lazy<SchemaCatalog> Shared = new(() => Load(Directory));

    private readonly Dictionary<string, JsonSchema> built;
    private readonly Dictionary<string, string> problems;

    private SchemaCatalog(Dictionary<string, JsonSchema> built, Dictionary<string, string> problems)
    {
        this.built = built;
        this.problems = problems;
    }

    public static SchemaCatalog Repository => Shared.Value;

    public static string Directory => RepositoryPaths.Combine("schemas");

    /// <summary>The name of every schema file: schemas/provision-file-system.schema.json → provision-file-system.</summary>
    public static IReadOnlyList<string> Names => NamesIn(Directory);

    public static string PathOf(string name) => PathOf(Directory, name);

    public static bool Exists(string name) => File.Exists(PathOf(name));

    private static IReadOnlyList<string> NamesIn(string directory) =>
        [.. System.IO.Directory.GetFiles(directory, "*" + Suffix).Select(path => Path.GetFileName(path)[..^Suffix.Length]).Order(StringComparer.Ordinal)];

    private static string PathOf(string directory, string name) => Path.Combine(directory, name + Suffix);

    /// <summary>Why a schema could not be built (null when it was).</summary>
    public string? ProblemOf(string name) => problems.GetValueOrDefault(name);

    /// <summary>The problems of an instance against the named schema, one line per failed keyword; empty when it is valid.</summary>
    public IReadOnlyList<string> Problems(string name, JsonNode? instance)
    {
        if (!built.ContainsKey(name) && !problems.ContainsKey(name))
        {
            return [$"schemas/{name}{Suffix} does not exist (docs/schemas.md lists which schema judges what)."];
        }

        if (problems.TryGetValue(name, out var problem))
        {
            return [$"schemas/{name}{Suffix} cannot be used: {problem}"];
        }

        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var result = built[name].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : [.. (result.Details ?? [result])
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} ({detail.EvaluationPath}/{error.Key}): {error.Value}"))];
    }

    public void AssertValid(string name, JsonNode? instance, string what)
    {
        var found = Problems(name, instance);
        Assert.True(found.Count == 0, $"{what} does not match schemas/{name}{Suffix}:\n  {string.Join("\n  ", found)}\n{instance?.ToJsonString()}");
    }

    /// <summary>Builds every schema, each once the schemas it refers to are built; what never resolves keeps its problem.</summary>
    public static SchemaCatalog Load(string directory)
    {
        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        var pending = NamesIn(directory).ToDictionary(name => name, name => File.ReadAllText(PathOf(directory, name)), StringComparer.Ordinal);
        var built = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var progress = true;
        while (pending.Count > 0 && progress)
        {
            progress = false;
            foreach (var (name, text) in pending.ToList())
            {
                var missing = ReferencedIds(text).Where(id => !id.StartsWith(IdPrefix + name + "#", StringComparison.Ordinal) && registry.Get(new Uri(id.Split('#')[0])) is null).ToList();
                if (missing.Count > 0)
                {
                    problems[name] = $"it refers to {string.Join(", ", missing)}, which no schema in schemas/ has as its $id (expected schemas/{string.Join(", schemas/", missing.Select(id => id.Split('#')[0][IdPrefix.Length..] + Suffix))}).";
                    continue;
                }

                try
                {
                    built[name] = JsonSchema.FromText(text, options);
                    problems.Remove(name);
                }
                catch (Exception exception) when (exception is JsonSchemaException or RefResolutionException or JsonException)
                {
                    problems[name] = exception.Message;
                }

                pending.Remove(name);
                progress = true;
            }
        }

        return new SchemaCatalog(built, problems);
    }

    /// <summary>Every <c>$ref</c> of the document that names another document (not a fragment of its own).</summary>
    public static IEnumerable<string> ReferencedIds(string schemaText) =>
        References(JsonNode.Parse(schemaText)).Where(reference => !reference.StartsWith('#')).Distinct(StringComparer.Ordinal);

    public static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject members => members.SelectMany(member => member.Key == "$ref" && member.Value is JsonValue value ? [value.GetValue<string>()] : References(member.Value)),
        JsonArray items => items.SelectMany(References),
        _ => [],
    };
}
