using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Hosting;

namespace StorageOps.Simulator.EventBridge.Wire;

/// <summary>EventBridge over awsJson1_1: <c>POST /</c>, <c>X-Amz-Target: AWSEvents.&lt;Operation&gt;</c>, JSON both ways.</summary>
internal sealed class EventBridgeJsonHandler(EventBridgeBackend backend)
{
    public const string TargetPrefix = "AWSEvents.";
    public const string ContentType = "application/x-amz-json-1.1";

    public static bool Handles(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Headers["X-Amz-Target"].ToString().StartsWith(TargetPrefix, StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext context, AccountRegion scope)
    {
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var operation = target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target[TargetPrefix.Length..] : target;
        if (!HttpMethods.IsPost(context.Request.Method) || !EventBridgeOperations.All.Contains(operation))
        {
            await WriteErrorAsync(context.Response, StatusCodes.Status400BadRequest, "UnknownOperationException", $"EventBridge has no operation '{target}'.");
            return;
        }

        if (operation != EventBridgeOperations.PutEvents)
        {
            await WriteErrorAsync(context.Response, StatusCodes.Status501NotImplemented, NotSimulatedResponses.OperationNotSimulated, $"The StorageOps simulator does not simulate EventBridge {operation} yet.");
            return;
        }

        IReadOnlyList<PutEventsEntry> entries;
        try
        {
            using var body = await JsonRequestBody.ReadObjectAsync(context.Request.Body, context.RequestAborted);
            entries = ReadEntries(body.RootElement);
        }
        catch (MalformedRequestException invalid)
        {
            await WriteErrorAsync(context.Response, StatusCodes.Status400BadRequest, "SerializationException", invalid.Message);
            return;
        }
        catch (EventBridgeException error)
        {
            await WriteErrorAsync(context.Response, StatusCodes.Status400BadRequest, error.ErrorCode, error.Message);
            return;
        }

        PutEventsResult result;
        try
        {
            result = backend.PutEvents(scope, entries);
        }
        catch (EventBridgeException error)
        {
            await WriteErrorAsync(context.Response, StatusCodes.Status400BadRequest, error.ErrorCode, error.Message);
            return;
        }

        await JsonResponses.WriteAsync(
            context.Response,
            StatusCodes.Status200OK,
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("FailedEntryCount", result.FailedEntryCount);
                writer.WriteStartArray("Entries");
                foreach (var entry in result.Entries)
                {
                    writer.WriteStartObject();
                    if (entry.EventId is not null)
                    {
                        writer.WriteString("EventId", entry.EventId);
                    }

                    if (entry.ErrorCode is not null)
                    {
                        writer.WriteString("ErrorCode", entry.ErrorCode);
                        writer.WriteString("ErrorMessage", entry.ErrorMessage);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            },
            ContentType);
    }

    /// <summary>An awsJson1_1 error: the code in <c>__type</c>, as EventBridge sends it.</summary>
    public static Task WriteErrorAsync(HttpResponse response, int statusCode, string errorCode, string message) =>
        JsonResponses.WriteAsync(
            response,
            statusCode,
            writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("__type", errorCode);
                writer.WriteString("message", message);
                writer.WriteEndObject();
            },
            ContentType);

    private static List<PutEventsEntry> ReadEntries(JsonElement input)
    {
        if (!input.TryGetProperty("Entries", out var entries) || entries.ValueKind == JsonValueKind.Null)
        {
            throw new EventBridgeException("ValidationException", "1 validation error detected: Value null at 'entries' failed to satisfy constraint: Member must not be null");
        }

        if (entries.ValueKind != JsonValueKind.Array)
        {
            throw Serialization("Entries", "a list");
        }

        var read = new List<PutEventsEntry>();
        foreach (var entry in entries.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw Serialization("Entries[]", "a structure");
            }

            read.Add(new PutEventsEntry(
                OptionalString(entry, "Source"),
                OptionalString(entry, "DetailType"),
                OptionalString(entry, "Detail"),
                OptionalString(entry, "EventBusName"),
                OptionalStrings(entry, "Resources"),
                OptionalTime(entry, "Time")));
            _ = OptionalString(entry, "TraceHeader");
        }

        return read;
    }

    private static string? OptionalString(JsonElement entry, string member) =>
        !entry.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw Serialization(member, "a string");

    private static List<string>? OptionalStrings(JsonElement entry, string member)
    {
        if (!entry.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            throw Serialization(member, "a list of strings");
        }

        return [.. value.EnumerateArray().Select(item => item.GetString()!)];
    }

    // awsJson timestamps are epoch seconds, possibly fractional.
    private static DateTimeOffset? OptionalTime(JsonElement entry, string member)
    {
        if (!entry.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds) || double.IsNaN(seconds) || Math.Abs(seconds) > 253402300799)
        {
            throw Serialization(member, "a timestamp in epoch seconds");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
    }

    private static EventBridgeException Serialization(string member, string expected) =>
        new("SerializationException", $"'{member}' must be {expected}.");
}
