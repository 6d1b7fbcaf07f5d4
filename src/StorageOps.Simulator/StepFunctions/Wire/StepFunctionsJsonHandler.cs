using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Hosting;

namespace StorageOps.Simulator.StepFunctions.Wire;

/// <summary>Step Functions over awsJson1_0: <c>POST /</c>, <c>X-Amz-Target: AWSStepFunctions.&lt;Operation&gt;</c>, JSON both ways.</summary>
internal sealed class StepFunctionsJsonHandler(StepFunctionsBackend backend)
{
    public const string TargetPrefix = "AWSStepFunctions.";
    public const string ContentType = "application/x-amz-json-1.0";

    public static bool Handles(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Headers["X-Amz-Target"].ToString().StartsWith(TargetPrefix, StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext context, AccountRegion scope)
    {
        var operation = context.Request.Headers["X-Amz-Target"].ToString()[TargetPrefix.Length..];
        JsonObject input;
        try
        {
            using var body = await JsonRequestBody.ReadObjectAsync(context.Request.Body, context.RequestAborted);
            input = JsonObject.Create(body.RootElement.Clone())!;
        }
        catch (MalformedRequestException invalid)
        {
            await WriteErrorAsync(context.Response, "SerializationException", invalid.Message);
            return;
        }

        try
        {
            var output = operation switch
            {
                "CreateStateMachine" => CreateStateMachine(input, scope),
                "DescribeStateMachine" => StepFunctionsShapes.StateMachine(backend.DescribeStateMachine(Required(input, "stateMachineArn"))),
                "ListStateMachines" => ListStateMachines(input, scope),
                "StartExecution" => StartExecution(input),
                "DescribeExecution" => StepFunctionsShapes.Execution(backend.DescribeExecution(Required(input, "executionArn"))),
                "ListExecutions" => ListExecutions(input),
                "StopExecution" => new JsonObject
                {
                    ["stopDate"] = StepFunctionsShapes.Timestamp(backend.StopExecution(Required(input, "executionArn"), Optional(input, "error"), Optional(input, "cause"))),
                },
                "GetExecutionHistory" => GetExecutionHistory(input),
                _ => null,
            };
            if (output is null)
            {
                await WriteErrorAsync(context.Response, "UnknownOperationException", $"The StorageOps simulator does not simulate Step Functions {operation} yet.");
                return;
            }

            await WriteAsync(context.Response, 200, output);
        }
        catch (StepFunctionsException error)
        {
            await WriteErrorAsync(context.Response, error.ErrorCode, error.Message);
        }
    }

    private JsonObject CreateStateMachine(JsonObject input, AccountRegion scope)
    {
        var created = backend.CreateStateMachine(scope, Required(input, "name"), Required(input, "definition"), Required(input, "roleArn"), Optional(input, "type"));
        return new JsonObject { ["stateMachineArn"] = created.StateMachineArn, ["creationDate"] = StepFunctionsShapes.Timestamp(created.CreationDate) };
    }

    private JsonObject ListStateMachines(JsonObject input, AccountRegion scope)
    {
        var (page, nextToken) = backend.ListStateMachines(scope, OptionalInt(input, "maxResults"), Optional(input, "nextToken"));
        return new JsonObject
        {
            ["stateMachines"] = new JsonArray([.. page.Select(machine => (JsonNode)new JsonObject
            {
                ["stateMachineArn"] = machine.StateMachineArn,
                ["name"] = machine.Name,
                ["type"] = machine.Type,
                ["creationDate"] = StepFunctionsShapes.Timestamp(machine.CreationDate),
            })]),
            ["nextToken"] = nextToken,
        };
    }

    private JsonObject StartExecution(JsonObject input)
    {
        var execution = backend.StartExecution(Required(input, "stateMachineArn"), Optional(input, "name"), Optional(input, "input"));
        return new JsonObject { ["executionArn"] = execution.Start.ExecutionArn, ["startDate"] = StepFunctionsShapes.Timestamp(execution.Start.StartDate) };
    }

    private JsonObject ListExecutions(JsonObject input)
    {
        var (page, nextToken) = backend.ListExecutions(Required(input, "stateMachineArn"), Optional(input, "statusFilter"), OptionalInt(input, "maxResults"), Optional(input, "nextToken"));
        return new JsonObject
        {
            ["executions"] = new JsonArray([.. page.Select(execution => (JsonNode)StepFunctionsShapes.ExecutionListItem(execution))]),
            ["nextToken"] = nextToken,
        };
    }

    private JsonObject GetExecutionHistory(JsonObject input)
    {
        var reverse = input["reverseOrder"]?.GetValueKind() == JsonValueKind.True;
        var (page, nextToken) = backend.GetExecutionHistory(Required(input, "executionArn"), OptionalInt(input, "maxResults"), reverse, Optional(input, "nextToken"));
        return new JsonObject { ["events"] = new JsonArray([.. page.Select(historyEvent => historyEvent.DeepClone())]), ["nextToken"] = nextToken };
    }

    private static string Required(JsonObject input, string member) =>
        Optional(input, member) ?? throw new StepFunctionsException("ValidationException", $"1 validation error detected: Value null at '{member}' failed to satisfy constraint: Member must not be null");

    private static string? Optional(JsonObject input, string member) =>
        input[member] switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            _ => throw new StepFunctionsException("SerializationException", $"'{member}' must be a string."),
        };

    private static int? OptionalInt(JsonObject input, string member) =>
        input[member] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<int>(out var number) => number,
            _ => throw new StepFunctionsException("SerializationException", $"'{member}' must be an integer."),
        };

    private static async Task WriteErrorAsync(HttpResponse response, string errorCode, string message) =>
        await WriteAsync(response, 400, new JsonObject { ["__type"] = ServiceErrorResponses.StepFunctionsErrorTypePrefix + errorCode, ["message"] = message });

    private static async Task WriteAsync(HttpResponse response, int statusCode, JsonObject body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            RemoveNulls(body).WriteTo(writer);
        }

        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory);
    }

    private static JsonObject RemoveNulls(JsonObject body)
    {
        foreach (var key in body.Where(member => member.Value is null).Select(member => member.Key).ToList())
        {
            body.Remove(key);
        }

        return body;
    }
}
