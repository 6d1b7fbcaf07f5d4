using System.Text.Json;

namespace StorageOps.Functions.Hosting;

/// <summary>Structured JSON log lines (one object per line), the format CloudWatch Logs Insights queries best.</summary>
public sealed class FunctionLog
{
    private readonly TextWriter output;
    private readonly TimeProvider time;
    private readonly string handler;
    private readonly Lock writeLock = new();

    public FunctionLog(TextWriter output, TimeProvider time, string handler)
    {
        this.output = output;
        this.time = time;
        this.handler = handler;
    }

    public void Info(string? requestId, string message, params (string Key, string? Value)[] fields) => Write("INFO", requestId, message, fields);

    public void Error(string? requestId, string message, params (string Key, string? Value)[] fields) => Write("ERROR", requestId, message, fields);

    private void Write(string level, string? requestId, string message, (string Key, string? Value)[] fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", time.GetUtcNow());
            json.WriteString("level", level);
            json.WriteString("handler", handler);
            if (requestId is not null)
            {
                json.WriteString("requestId", requestId);
            }

            json.WriteString("message", message);
            foreach (var (key, value) in fields)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        }

        var line = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        lock (writeLock)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }
}
