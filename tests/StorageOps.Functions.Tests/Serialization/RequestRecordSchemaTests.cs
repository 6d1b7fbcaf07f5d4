using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using Json.Schema;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Tests.Serialization;

/// <summary>
/// The request records as FunctionsJsonContext writes them are what the schemas describe: any valid request, generated,
/// matches its state machine's input schema (schemas/&lt;action&gt;-input.schema.json), with its action the message
/// schema (schemas/&lt;action&gt;.schema.json), is accepted by the router, and reads back to the same JSON.
/// </summary>
public sealed class RequestRecordSchemaTests
{
    public static TheoryData<string> Actions => [.. RequestActions.All];

    private static Gen<JsonObject> Generated(string action) => action switch
    {
        RequestActions.ProvisionFileSystem => RequestGenerators.Provision.Select(request => Serialise(request, FunctionsJsonContext.Default.ProvisionFileSystemRequest)),
        RequestActions.ReplicateFileSystem => RequestGenerators.Replicate.Select(request => Serialise(request, FunctionsJsonContext.Default.ReplicateFileSystemRequest)),
        RequestActions.UpdateFileSystem => RequestGenerators.Update.Select(request => Serialise(request, FunctionsJsonContext.Default.UpdateFileSystemRequest)),
        RequestActions.TeardownFileSystem => RequestGenerators.Teardown.Select(request => Serialise(request, FunctionsJsonContext.Default.TeardownFileSystemRequest)),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "RequestActions.All names an action these tests do not generate."),
    };

    private static JsonObject Serialise<T>(T request, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToNode(request, typeInfo)!.AsObject();

    private static JsonNode? ReadBack(string action, JsonObject input) => action switch
    {
        RequestActions.ProvisionFileSystem => JsonSerializer.SerializeToNode(StrictJson.Deserialize(input.ToJsonString(), FunctionsJsonContext.Default.ProvisionFileSystemRequest), FunctionsJsonContext.Default.ProvisionFileSystemRequest),
        RequestActions.ReplicateFileSystem => JsonSerializer.SerializeToNode(StrictJson.Deserialize(input.ToJsonString(), FunctionsJsonContext.Default.ReplicateFileSystemRequest), FunctionsJsonContext.Default.ReplicateFileSystemRequest),
        RequestActions.UpdateFileSystem => JsonSerializer.SerializeToNode(StrictJson.Deserialize(input.ToJsonString(), FunctionsJsonContext.Default.UpdateFileSystemRequest), FunctionsJsonContext.Default.UpdateFileSystemRequest),
        RequestActions.TeardownFileSystem => JsonSerializer.SerializeToNode(StrictJson.Deserialize(input.ToJsonString(), FunctionsJsonContext.Default.TeardownFileSystemRequest), FunctionsJsonContext.Default.TeardownFileSystemRequest),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    private static JsonObject WithAction(string action, JsonObject input)
    {
        var message = new JsonObject { [RequestMessageReader.ActionMember] = action };
        foreach (var (name, value) in input)
        {
            message[name] = value?.DeepClone();
        }

        return message;
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void GeneratedRequest_WhenSerialisedByFunctionsJsonContext_ShouldMatchBothSchemasPassTheRouterAndReadBackTheSame(string action)
    {
        var inputSchema = SchemaFiles.Build($"{action}-input");
        var messageSchema = SchemaFiles.Build(action);

        Generated(action).Sample(
            input =>
            {
                var message = WithAction(action, input);
                Assert.Empty(SchemaFiles.Problems(inputSchema, input));
                Assert.Empty(SchemaFiles.Problems(messageSchema, message));
                Assert.True(JsonNode.DeepEquals(input, RequestMessageReader.Read(message.ToJsonString()).Input), "the router changed the input");
                Assert.True(JsonNode.DeepEquals(input, ReadBack(action, input)), "the record did not read back to the same JSON");
            },
            iter: 300,
            print: input => input.ToJsonString());
    }

    /// <summary>Proves the property can fail: the same requests with one rule broken are refused by both the schema and the router.</summary>
    [Theory]
    [MemberData(nameof(Actions))]
    public void GeneratedRequest_WhenItsRequestIdBreaksTheRule_ShouldBeRefusedByTheSchemaAndTheRouter(string action)
    {
        var messageSchema = SchemaFiles.Build(action);

        Generated(action).Sample(
            input =>
            {
                input["requestId"] = "has spaces";
                var message = WithAction(action, input);
                Assert.Contains(SchemaFiles.Problems(messageSchema, message), problem => problem.StartsWith("/requestId", StringComparison.Ordinal));
                Assert.Throws<InvalidInputException>(() => RequestMessageReader.Read(message.ToJsonString()));
            },
            iter: 50,
            print: input => input.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void GeneratedRequest_WhenItCarriesAMemberTheRecordDoesNotHave_ShouldBeRefusedByTheInputSchema(string action)
    {
        var inputSchema = SchemaFiles.Build($"{action}-input");

        Generated(action).Sample(
            input =>
            {
                input["dryRun"] = true;
                Assert.NotEmpty(SchemaFiles.Problems(inputSchema, input));
                Assert.ThrowsAny<JsonException>(() => ReadBack(action, input));
            },
            iter: 20,
            print: input => input.ToJsonString());
    }

    /// <summary>schemas/&lt;action&gt;-input.schema.json is the message schema less <c>action</c>: no rule can differ between the two files.</summary>
    [Theory]
    [MemberData(nameof(Actions))]
    public void InputSchema_WhenComparedWithTheMessageSchema_ShouldBeItWithoutTheActionMember(string action)
    {
        var message = SchemaFiles.Document(action);
        var input = SchemaFiles.Document($"{action}-input");

        Assert.Equal($"urn:storageops:schemas:{action}-input", (string?)input["$id"]);
        foreach (var document in new[] { message, input })
        {
            document.Remove("$id");
            document.Remove("title");
            document.Remove("description");
        }

        message["properties"]!.AsObject().Remove(RequestMessageReader.ActionMember);
        var required = message["required"]!.AsArray();
        required.Remove(required.Single(name => (string?)name == RequestMessageReader.ActionMember));
        Assert.True(JsonNode.DeepEquals(message, input), $"schemas/{action}-input.schema.json differs from schemas/{action}.schema.json beyond `action`, $id, title and description.");
    }
}
