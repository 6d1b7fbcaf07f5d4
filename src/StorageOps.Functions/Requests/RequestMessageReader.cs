using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Requests;

/// <summary>
/// Reads an SQS request body: strict JSON, a known <c>action</c>, no member set to null (the schemas say "leave it
/// out"), then the action's record and its validator. Every problem is an <see cref="InvalidInputException"/>.
/// </summary>
public static class RequestMessageReader
{
    public const string ActionMember = "action";

    public static RequestMessage Read(string body)
    {
        JsonNode? parsed;
        try
        {
            parsed = StrictJson.Parse(body);
        }
        catch (JsonException invalid)
        {
            throw new InvalidInputException($"the message is not valid JSON: {invalid.Message}", invalid);
        }

        if (parsed is not JsonObject message)
        {
            throw new InvalidInputException("the message must be a JSON object such as {\"action\":\"provision-file-system\",\"requestId\":\"...\"}");
        }

        var action = ReadAction(message);
        var problems = new List<string>();
        AddNullMembers(message, "", problems);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var input = message.DeepClone().AsObject();
        input.Remove(ActionMember);
        var requestId = action switch
        {
            RequestActions.ProvisionFileSystem => Validated(input, action, FunctionsJsonContext.Default.ProvisionFileSystemRequest, ProvisionFileSystemRequestValidator.Validate).RequestId,
            RequestActions.ReplicateFileSystem => Validated(input, action, FunctionsJsonContext.Default.ReplicateFileSystemRequest, ReplicateFileSystemRequestValidator.Validate).RequestId,
            RequestActions.UpdateFileSystem => Validated(input, action, FunctionsJsonContext.Default.UpdateFileSystemRequest, UpdateFileSystemRequestValidator.Validate).RequestId,
            RequestActions.TeardownFileSystem => Validated(input, action, FunctionsJsonContext.Default.TeardownFileSystemRequest, TeardownFileSystemRequestValidator.Validate).RequestId,
            _ => throw new InvalidOperationException($"RequestActions.All names '{action}' but the reader has no contract for it."),
        };
        return new RequestMessage(action, requestId!, input);
    }

    private static string ReadAction(JsonObject message)
    {
        if (!message.TryGetPropertyValue(ActionMember, out var actionNode) || actionNode is null)
        {
            throw new InvalidInputException($"action: is required, one of {string.Join(", ", RequestActions.All)}");
        }

        if (actionNode.GetValueKind() != JsonValueKind.String || actionNode.GetValue<string>() is not { } action || !RequestActions.All.Contains(action))
        {
            throw new InvalidInputException($"action: {actionNode.ToJsonString()} must be one of {string.Join(", ", RequestActions.All)}");
        }

        return action;
    }

    private static void AddNullMembers(JsonNode node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var (name, value) in members)
                {
                    var memberPath = path.Length == 0 ? name : $"{path}.{name}";
                    if (value is null)
                    {
                        problems.Add($"{memberPath}: must not be null (leave the member out instead)");
                    }
                    else
                    {
                        AddNullMembers(value, memberPath, problems);
                    }
                }

                break;
            case JsonArray items:
                for (var index = 0; index < items.Count; index++)
                {
                    if (items[index] is { } item)
                    {
                        AddNullMembers(item, $"{path}[{index}]", problems);
                    }
                    else
                    {
                        problems.Add($"{path}[{index}]: must not be null");
                    }
                }

                break;
        }
    }

    private static T Validated<T>(JsonObject input, string action, JsonTypeInfo<T> typeInfo, Action<T> validate)
        where T : class
    {
        T? request;
        try
        {
            request = input.Deserialize(typeInfo);
        }
        catch (JsonException invalid)
        {
            throw new InvalidInputException($"the message is not a valid {action} request: {invalid.Message}", invalid);
        }

        validate(request!);
        return request!;
    }
}
