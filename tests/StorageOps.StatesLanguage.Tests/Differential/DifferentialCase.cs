using System.Text.Json.Nodes;
using StorageOps.Testing;

namespace StorageOps.StatesLanguage.Tests.Differential;

/// <summary>
/// One definition of the differential suite: <c>Cases/NAME.asl.json</c> and its expectations <c>Cases/NAME.expect.json</c>
/// (input, canned task results by Resource, the outcome the AWS documentation and ASL specification call for, and
/// for each reference interpreter whether it agrees, and if not what it does instead and why we do not follow it).
/// </summary>
internal sealed record DifferentialCase(string Name, JsonObject Definition, JsonObject Expectations)
{
    public static string Folder => RepositoryPaths.Combine("tests", "StorageOps.StatesLanguage.Tests", "Differential", "Cases");

    public JsonNode? Input => Expectations["input"];

    public JsonObject TaskResults => Expectations["taskResults"] as JsonObject ?? [];

    public Outcome Expected => Outcome.FromJson(Expectations["expected"]
        ?? throw new InvalidOperationException($"{Name}.expect.json has no 'expected' outcome"));

    /// <summary>Null when the reference agrees with <see cref="Expected"/>.</summary>
    public JsonObject? Deviation(string reference) => Expectations["references"]?[reference] as JsonObject;

    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetFiles(Folder, "*.asl.json").Select(path => Path.GetFileName(path)[..^".asl.json".Length]).Order(StringComparer.Ordinal)];

    public static DifferentialCase Load(string name) => new(
        name,
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".asl.json")))!.AsObject(),
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expect.json")))!.AsObject());
}
