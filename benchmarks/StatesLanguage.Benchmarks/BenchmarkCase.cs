using System.Text.Json.Nodes;

namespace StatesLanguage.Benchmarks;

/// <summary>A definition of the differential suite with its input and canned task results (by Resource).</summary>
internal sealed record BenchmarkCase(string Name, JsonObject Definition, JsonNode? Input, JsonObject TaskResults)
{
    public static IReadOnlyList<BenchmarkCase> LoadAll(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, "tests", "StorageOps.StatesLanguage.Tests", "Differential", "Cases");
        return
        [
            .. Directory.GetFiles(folder, "*.asl.json").Order(StringComparer.Ordinal).Select(path =>
            {
                var name = Path.GetFileName(path)[..^".asl.json".Length];
                var expectations = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name + ".expect.json")))!.AsObject();
                return new BenchmarkCase(
                    name,
                    JsonNode.Parse(File.ReadAllText(path))!.AsObject(),
                    expectations["input"]?.DeepClone(),
                    expectations["taskResults"]?.DeepClone().AsObject() ?? []);
            }),
        ];
    }
}
