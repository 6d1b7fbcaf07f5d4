using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Json.Schema;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Serialization;
using StorageOps.Testing;

namespace StorageOps.Functions.Tests.Requests;

/// <summary>
/// schemas/&lt;action&gt;.schema.json and the C# contracts are one source of truth (docs/decisions/0010): the same
/// messages pass and fail both, and their members and required members are the same.
/// </summary>
public sealed class RequestSchemaAgreementTests
{
    private static readonly Dictionary<string, Type> RecordTypes = new()
    {
        [RequestActions.ProvisionFileSystem] = typeof(ProvisionFileSystemRequest),
        [RequestActions.ReplicateFileSystem] = typeof(ReplicateFileSystemRequest),
        [RequestActions.UpdateFileSystem] = typeof(UpdateFileSystemRequest),
        [RequestActions.TeardownFileSystem] = typeof(TeardownFileSystemRequest),
    };

    public static TheoryData<string> Actions => [.. RequestActions.All];

    public static TheoryData<string, string, bool> Corpus
    {
        get
        {
            var data = new TheoryData<string, string, bool>();
            foreach (var (action, message, valid) in RequestMessageCorpus.Messages)
            {
                data.Add(action, message, valid);
            }

            return data;
        }
    }

    public static TheoryData<string, string> StricterThanSchema
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (action, message) in RequestMessageCorpus.StricterThanSchema)
            {
                data.Add(action, message);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void SchemaAndReader_WhenGivenACorpusMessage_ShouldBothJudgeItAsExpected(string action, string message, bool valid)
    {
        var schemaResult = Schema(action).Evaluate(JsonDocument.Parse(message).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(valid == schemaResult.IsValid, $"{message}\nschema: expected valid={valid}, got {JsonSerializer.Serialize(schemaResult.Details?.Where(detail => detail.Errors is not null).Select(detail => detail.Errors))}");
        Assert.True(valid == ReaderAccepts(message, out var problem), $"{message}\nreader: expected valid={valid}, said: {problem}");
        Assert.True(valid || problem is not null);
    }

    [Theory]
    [MemberData(nameof(StricterThanSchema))]
    public void Reader_WhenARuleIsBeyondJsonSchema_ShouldRefuseWhatTheSchemaAccepts(string action, string message)
    {
        Assert.True(Schema(action).Evaluate(JsonDocument.Parse(message).RootElement).IsValid);

        var error = Assert.Throws<InvalidInputException>(() => RequestMessageReader.Read(message));
        Assert.Contains("more than once", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void Schema_WhenCheckedAgainstTheDraft202012MetaSchema_ShouldBeValid(string action)
    {
        var text = File.ReadAllText(SchemaPath(action));
        var schema = JsonDocument.Parse(text).RootElement;
        var broken = JsonDocument.Parse(text.Replace("\"additionalProperties\": false", "\"additionalProperties\": 7", StringComparison.Ordinal)).RootElement;

        Assert.True(MetaSchemas.Draft202012.Evaluate(schema).IsValid);
        Assert.False(MetaSchemas.Draft202012.Evaluate(broken).IsValid);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Corpus_WhenCounted_ShouldHoldValidAndInvalidMessagesForEveryAction()
    {
        foreach (var action in RequestActions.All)
        {
            Assert.True(RequestMessageCorpus.Messages.Count(entry => entry.Action == action && entry.Valid) >= 2, action);
            Assert.True(RequestMessageCorpus.Messages.Count(entry => entry.Action == action && !entry.Valid) >= 3, action);
        }
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void SchemaMembers_WhenComparedWithTheRecord_ShouldBeTheSameAtEveryLevel(string action)
    {
        var schema = SchemaDocument(action);
        var topLevel = Resolve(schema, schema);

        Assert.Equal(RequestMessageReader.ActionMember, MemberNames(topLevel).Except(RecordMemberNames(RecordTypes[action])).Single());
        CompareMembers(schema, topLevel, RecordTypes[action], action, skip: RequestMessageReader.ActionMember);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void SchemaRequired_WhenEachMemberOfACompleteMessageIsLeftOut_ShouldMatchWhatTheReaderRequires(string action)
    {
        var schema = SchemaDocument(action);
        var complete = JsonNode.Parse(RequestMessageCorpus.Complete[action])!.AsObject();
        Assert.True(ReaderAccepts(complete.ToJsonString(), out _));

        foreach (var (path, objectSchema, members) in ObjectsOf(schema, Resolve(schema, schema), complete, ""))
        {
            var required = objectSchema["required"]?.AsArray().Select(name => name!.GetValue<string>()).ToHashSet() ?? [];
            foreach (var member in members.Select(member => member.Key).ToList())
            {
                var without = complete.DeepClone().AsObject();
                RemoveAt(without, path, member);
                ReaderAccepts(without.ToJsonString(), out var problem);

                var readerRequires = problem?.Contains($"{path}{member}: is required", StringComparison.Ordinal) == true;
                Assert.True(readerRequires == required.Contains(member), $"{action} {path}{member}: schema required={required.Contains(member)}, reader said: {problem}");
            }
        }
    }

    private static bool ReaderAccepts(string message, out string? problem)
    {
        try
        {
            RequestMessageReader.Read(message);
            problem = null;
            return true;
        }
        catch (InvalidInputException invalid)
        {
            problem = invalid.Message;
            return false;
        }
    }

    private static JsonSchema Schema(string action) =>
        JsonSchema.FromText(File.ReadAllText(SchemaPath(action)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static JsonObject SchemaDocument(string action) => JsonNode.Parse(File.ReadAllText(SchemaPath(action)))!.AsObject();

    private static string SchemaPath(string action) => RepositoryPaths.Combine("schemas", $"{action}.schema.json");

    /// <summary>Follows a local "$ref" (also the first one inside an allOf) to the object schema it names.</summary>
    private static JsonObject Resolve(JsonObject document, JsonObject schema)
    {
        var reference = schema["$ref"]?.GetValue<string>()
            ?? schema["allOf"]?.AsArray().Select(part => part?["$ref"]?.GetValue<string>()).FirstOrDefault(found => found is not null);
        return reference is null ? schema : Resolve(document, document["$defs"]![reference["#/$defs/".Length..]]!.AsObject());
    }

    private static HashSet<string> MemberNames(JsonObject objectSchema) =>
        [.. objectSchema["properties"]!.AsObject().Select(property => property.Key)];

    private static HashSet<string> RecordMemberNames(Type recordType) =>
        [.. TypeInfo(recordType).Properties.Select(property => property.Name)];

    private static JsonTypeInfo TypeInfo(Type type) => FunctionsJsonContext.Default.GetTypeInfo(type)!;

    private static void CompareMembers(JsonObject document, JsonObject objectSchema, Type recordType, string path, string? skip = null)
    {
        var schemaMembers = MemberNames(objectSchema);
        schemaMembers.Remove(skip ?? "");
        Assert.True(schemaMembers.SetEquals(RecordMemberNames(recordType)), $"{path}: schema [{string.Join(", ", schemaMembers.Order())}] record [{string.Join(", ", RecordMemberNames(recordType).Order())}]");
        Assert.False(objectSchema["additionalProperties"]!.GetValue<bool>(), $"{path}: additionalProperties must be false");

        foreach (var property in TypeInfo(recordType).Properties)
        {
            var propertySchema = Resolve(document, objectSchema["properties"]![property.Name]!.AsObject());
            if (NestedRecord(property.PropertyType) is { } nested)
            {
                var nestedSchema = property.PropertyType == nested ? propertySchema : Resolve(document, propertySchema["items"]!.AsObject());
                CompareMembers(document, nestedSchema, nested, $"{path}.{property.Name}");
            }
        }
    }

    private static Type? NestedRecord(Type type)
    {
        var candidate = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : type;
        return candidate.Namespace == typeof(RequestMessage).Namespace ? candidate : null;
    }

    /// <summary>Every object of the message with its path prefix as the reader writes it ("mountTargets[0].") and its schema.</summary>
    private static IEnumerable<(string Path, JsonObject Schema, JsonObject Members)> ObjectsOf(JsonObject document, JsonObject objectSchema, JsonObject members, string path)
    {
        yield return (path, objectSchema, members);
        foreach (var (name, value) in members)
        {
            var propertySchema = Resolve(document, objectSchema["properties"]![name]!.AsObject());
            var (nestedPath, nestedSchema, nestedMembers) = value switch
            {
                JsonObject child when propertySchema["properties"] is not null => ($"{path}{name}.", propertySchema, child),
                JsonArray { Count: > 0 } items when items[0] is JsonObject first => ($"{path}{name}[0].", Resolve(document, propertySchema["items"]!.AsObject()), first),
                _ => (null, null, null),
            };
            if (nestedPath is not null)
            {
                foreach (var nested in ObjectsOf(document, nestedSchema!, nestedMembers!, nestedPath))
                {
                    yield return nested;
                }
            }
        }
    }

    private static void RemoveAt(JsonObject message, string path, string member)
    {
        JsonNode target = message;
        foreach (var step in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            target = step.EndsWith("[0]", StringComparison.Ordinal) ? target[step[..^3]]![0]! : target[step]!;
        }

        target.AsObject().Remove(member);
    }
}
