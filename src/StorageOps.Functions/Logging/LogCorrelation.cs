using System.Text;
using System.Text.Json;

namespace StorageOps.Functions.Logging;

/// <summary>
/// The correlation ids an event carries as top-level strings — <c>requestId</c> and <c>executionArn</c> — and nothing
/// else of it: the event itself is never logged (it may hold anything a sender put in it).
/// </summary>
public static class LogCorrelation
{
    /// <summary>Longer values are not ids (and would bloat every line of the invocation); they are ignored.</summary>
    public const int MaxLength = 256;

    public static (string? RequestId, string? ExecutionArn) FromEvent(string? eventJson)
    {
        if (eventJson is null || eventJson.AsSpan().TrimStart() is not ['{', ..])
        {
            return (null, null);
        }

        string? requestId = null;
        string? executionArn = null;
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(eventJson), new JsonReaderOptions { MaxDepth = 64 });
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isRequestId = reader.ValueTextEquals(LogKeys.RequestId);
                var isExecutionArn = !isRequestId && reader.ValueTextEquals(LogKeys.ExecutionArn);
                reader.Read();
                if ((isRequestId || isExecutionArn) && reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 and <= MaxLength } value)
                {
                    if (isRequestId)
                    {
                        requestId ??= value;
                    }
                    else
                    {
                        executionArn ??= value;
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // A malformed event is the handler's to reject; the log keeps what was read before the fault.
        }

        return (requestId, executionArn);
    }
}
