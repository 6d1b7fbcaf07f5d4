using System.Text.Json;
using System.Text.Json.Nodes;

namespace StorageOps.Local.Runner;

/// <summary>The structured log lines the local functions write (CloudWatch Logs' place in a local run), kept for commands and tests to read.</summary>
public sealed class LocalFunctionLog
{
    private readonly StringWriter buffer = new();

    public LocalFunctionLog()
    {
        Writer = TextWriter.Synchronized(buffer);
    }

    public TextWriter Writer { get; }

    /// <summary>Every line written so far that is a JSON object, in order.</summary>
    public IReadOnlyList<JsonObject> Lines()
    {
        string text;
        lock (Writer)
        {
            text = buffer.ToString();
        }

        var lines = new List<JsonObject>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                if (JsonNode.Parse(line) is JsonObject entry)
                {
                    lines.Add(entry);
                }
            }
            catch (JsonException)
            {
                // A handler's plain-text line is kept in the buffer but is not a structured entry.
            }
        }

        return lines;
    }
}
