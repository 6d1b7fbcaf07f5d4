using System.Text;
using System.Text.Json;

namespace StorageOps.Functions.Metrics;

/// <summary>
/// Writes CloudWatch metrics in the embedded metric format: one JSON log line that CloudWatch Logs turns into metrics,
/// with no PutMetricData call (and so no extra permission or latency).
/// See https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
/// </summary>
public static class EmbeddedMetrics
{
    public const string Namespace = "StorageOps";

    /// <summary>Writes one EMF document: the metrics under one dimension set, plus plain properties for context (not metrics).</summary>
    public static void Write(
        TextWriter log,
        DateTimeOffset timestamp,
        IReadOnlyList<Metric> metrics,
        IReadOnlyList<KeyValuePair<string, string>>? dimensions = null,
        IReadOnlyList<KeyValuePair<string, string>>? properties = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(metrics);
        dimensions ??= [];
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", timestamp.ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", Namespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            foreach (var (name, _) in dimensions)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            foreach (var metric in metrics)
            {
                json.WriteStartObject();
                json.WriteString("Name", metric.Name);
                json.WriteString("Unit", metric.Unit);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            foreach (var (name, value) in dimensions)
            {
                json.WriteString(name, value);
            }

            foreach (var (name, value) in properties ?? [])
            {
                json.WriteString(name, value);
            }

            foreach (var metric in metrics)
            {
                json.WriteNumber(metric.Name, metric.Value);
            }

            json.WriteEndObject();
        }

        log.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        log.Flush();
    }
}
