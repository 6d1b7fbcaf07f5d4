using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StorageOps.Functions.Logging;

/// <summary>
/// Structured JSON log lines, one object per line, with the keys Powertools for AWS Lambda users query by
/// (<see cref="LogKeys"/>): the function's facts from its environment, the invocation's from
/// <see cref="InvocationLogContext.Current"/>, then the caller's fields. Fields are only what the caller names —
/// never an event, a credential or an environment variable wholesale.
/// </summary>
public sealed class FunctionLogger
{
    public const string ServiceVariable = "STORAGEOPS_SERVICE_NAME";
    public const string PowertoolsServiceVariable = "POWERTOOLS_SERVICE_NAME";
    public const string DefaultService = "storageops";
    public const string HandlerVariable = "STORAGEOPS_HANDLER";

    private readonly string service;
    private readonly string? functionName;
    private readonly long? functionMemorySize;
    private readonly string? functionVersion;
    private readonly string? handler;

    /// <param name="variables">The function's environment: only the service name, STORAGEOPS_HANDLER and the AWS_LAMBDA_FUNCTION_* facts are read.</param>
    public FunctionLogger(TextWriter output, TimeProvider time, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(variables);
        Output = output;
        Time = time;
        service = NonEmpty(variables, ServiceVariable) ?? NonEmpty(variables, PowertoolsServiceVariable) ?? DefaultService;
        functionName = NonEmpty(variables, "AWS_LAMBDA_FUNCTION_NAME");
        functionMemorySize = long.TryParse(NonEmpty(variables, "AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), NumberStyles.None, CultureInfo.InvariantCulture, out var memory) ? memory : null;
        functionVersion = NonEmpty(variables, "AWS_LAMBDA_FUNCTION_VERSION");
        handler = NonEmpty(variables, HandlerVariable);
    }

    /// <summary>Where the lines go; embedded-metric-format documents (<see cref="Metrics.EmbeddedMetrics"/>) go there too.</summary>
    public TextWriter Output { get; }

    public TimeProvider Time { get; }

    public void Debug(string message, params (string Key, object? Value)[] fields) => Write(LogLevels.Debug, message, fields);

    public void Info(string message, params (string Key, object? Value)[] fields) => Write(LogLevels.Info, message, fields);

    public void Warn(string message, params (string Key, object? Value)[] fields) => Write(LogLevels.Warn, message, fields);

    public void Error(string message, params (string Key, object? Value)[] fields) => Write(LogLevels.Error, message, fields);

    /// <summary>
    /// One line. A field named <c>requestId</c> or <c>executionArn</c> replaces the invocation's (a batch handler logs
    /// each message's own); a field named like another standard key, or twice, is dropped so no key repeats.
    /// Field values: strings, numbers, booleans, date-times, <see cref="JsonNode"/>s; anything else as invariant text.
    /// </summary>
    public void Write(string level, string message, IReadOnlyList<(string Key, object? Value)> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var invocation = InvocationLogContext.Current;
        var requestId = invocation?.RequestId;
        var executionArn = invocation?.ExecutionArn;
        foreach (var (key, value) in fields)
        {
            if (key == LogKeys.RequestId)
            {
                requestId = value?.ToString();
            }
            else if (key == LogKeys.ExecutionArn)
            {
                executionArn = value?.ToString();
            }
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString(LogKeys.Level, level);
            json.WriteString(LogKeys.Message, message);
            json.WriteString(LogKeys.Timestamp, Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString(LogKeys.Service, service);
            if (invocation is not null)
            {
                json.WriteBoolean(LogKeys.ColdStart, invocation.ColdStart);
            }

            WriteIfKnown(json, LogKeys.FunctionName, functionName);
            if (functionMemorySize is { } memory)
            {
                json.WriteNumber(LogKeys.FunctionMemorySize, memory);
            }

            WriteIfKnown(json, LogKeys.FunctionArn, invocation?.FunctionArn);
            WriteIfKnown(json, LogKeys.FunctionRequestId, invocation?.FunctionRequestId);
            WriteIfKnown(json, LogKeys.FunctionVersion, functionVersion);
            WriteIfKnown(json, LogKeys.XRayTraceId, invocation?.XRayTraceId);
            WriteIfKnown(json, LogKeys.Handler, invocation?.Handler ?? handler);
            WriteIfKnown(json, LogKeys.RequestId, requestId);
            WriteIfKnown(json, LogKeys.ExecutionArn, executionArn);

            var written = new HashSet<string>(StringComparer.Ordinal) { LogKeys.RequestId, LogKeys.ExecutionArn };
            foreach (var (key, value) in fields)
            {
                if (LogKeys.Reserved.Contains(key) || !written.Add(key))
                {
                    continue;
                }

                json.WritePropertyName(key);
                WriteValue(json, value);
            }

            json.WriteEndObject();
        }

        var line = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);

        // TextWriter.Synchronized (Console.Out, the local runner's log) locks on the writer itself: locking it too keeps
        // each line whole, whoever else writes to it.
        lock (Output)
        {
            Output.WriteLine(line);
            Output.Flush();
        }
    }

    private static void WriteIfKnown(Utf8JsonWriter json, string key, string? value)
    {
        if (value is not null)
        {
            json.WriteString(key, value);
        }
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case DateTimeOffset moment:
                json.WriteStringValue(moment);
                break;
            case JsonNode node:
                node.WriteTo(json);
                break;
            case IFormattable formattable:
                json.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }

    private static string? NonEmpty(IReadOnlyDictionary<string, string> variables, string name) =>
        variables.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
