using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Pointer;
using Json.Schema;

namespace EndToEnd.Tests.Schemas;

/// <summary>Every file of schemas/ is itself a valid draft 2020-12 schema, named by its $id, whose every $ref resolves.</summary>
public sealed class SchemaFileTests
{
    private const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    public static TheoryData<string> Names => [.. SchemaCatalog.Names];

    private static JsonObject Document(string name) => JsonNode.Parse(File.ReadAllText(SchemaCatalog.PathOf(name)))!.AsObject();

    [Theory]
    [MemberData(nameof(Names))]
    public void Schema_WhenCheckedAgainstTheDraft202012MetaSchema_ShouldBeValid(string name)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaCatalog.PathOf(name)));

        var result = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, $"schemas/{name}.schema.json is not a valid 2020-12 schema: {JsonSerializer.Serialize(result.Details?.Where(detail => detail.Errors is not null).Select(detail => new { location = detail.InstanceLocation.ToString(), detail.Errors }))}");
        Assert.Equal(Draft202012, schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void MetaSchema_WhenASchemaIsBroken_ShouldRefuseIt()
    {
        var broken = Document("teardown-file-system-output");
        broken["additionalProperties"] = 7;
        using var document = JsonDocument.Parse(broken.ToJsonString());

        Assert.False(MetaSchemas.Draft202012.Evaluate(document.RootElement).IsValid);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Schema_WhenItsIdIsRead_ShouldNameItsFile(string name) =>
        Assert.Equal(SchemaCatalog.IdPrefix + name, (string?)Document(name)["$id"]);

    [Theory]
    [MemberData(nameof(Names))]
    public void Schema_WhenBuiltWithEveryOtherSchema_ShouldResolveEveryRef(string name)
    {
        var document = Document(name);
        foreach (var reference in SchemaCatalog.References(document))
        {
            var (target, fragment) = reference.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? (reference[..hash], reference[(hash + 1)..]) : (reference, "");
            var targetName = target.Length == 0 ? name : target.StartsWith(SchemaCatalog.IdPrefix, StringComparison.Ordinal) ? target[SchemaCatalog.IdPrefix.Length..] : null;
            Assert.True(targetName is not null, $"schemas/{name}.schema.json: $ref {reference} is not a StorageOps schema ({SchemaCatalog.IdPrefix}<name>) nor a fragment of its own.");
            Assert.True(SchemaCatalog.Exists(targetName), $"schemas/{name}.schema.json: $ref {reference} names schemas/{targetName}.schema.json, which does not exist.");
            Assert.True(
                JsonPointer.Parse(fragment).TryEvaluate(Document(targetName), out _),
                $"schemas/{name}.schema.json: $ref {reference} points at nothing in schemas/{targetName}.schema.json.");
        }

        Assert.Null(SchemaCatalog.Repository.ProblemOf(name));
    }

    [Fact]
    public void Catalog_WhenASchemaRefersToAFileThatIsNotThere_ShouldSayWhichFileIsMissing()
    {
        var directory = Directory.CreateTempSubdirectory("storageops-schemas-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "summary-event.schema.json"), """{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:storageops:schemas:summary-event","properties":{"detail":{"$ref":"urn:storageops:schemas:summary"}}}""");

            var catalog = SchemaCatalog.Load(directory);

            Assert.Equal(
                "it refers to urn:storageops:schemas:summary, which no schema in schemas/ has as its $id (expected schemas/summary.schema.json).",
                catalog.ProblemOf("summary-event"));
            Assert.Contains("cannot be used", Assert.Single(catalog.Problems("summary-event", new JsonObject())), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Catalog_WhenASchemaRefersToAnotherFile_ShouldValidateThroughIt()
    {
        var directory = Directory.CreateTempSubdirectory("storageops-schemas-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "a.schema.json"), $$"""{"$schema":"{{Draft202012}}","$id":"urn:storageops:schemas:a","$ref":"urn:storageops:schemas:b"}""");
            File.WriteAllText(Path.Combine(directory, "b.schema.json"), $$"""{"$schema":"{{Draft202012}}","$id":"urn:storageops:schemas:b","type":"object","required":["night"]}""");

            var catalog = SchemaCatalog.Load(directory);

            Assert.Empty(catalog.Problems("a", new JsonObject { ["night"] = "2026-12-01" }));
            Assert.NotEmpty(catalog.Problems("a", new JsonObject()));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
