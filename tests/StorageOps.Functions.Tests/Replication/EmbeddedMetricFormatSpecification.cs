using System.Text.Json.Nodes;

namespace StorageOps.Functions.Tests.Replication;

/// <summary>
/// The structure the CloudWatch embedded metric format specification requires of a document, checked independently of
/// the writer: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
/// </summary>
internal static class EmbeddedMetricFormatSpecification
{
    private static readonly HashSet<string> Units =
    [
        "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits",
        "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second",
        "Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second",
        "Terabits/Second", "Count/Second", "None",
    ];

    /// <returns>Every way the document breaks the specification; empty when it conforms.</returns>
    public static IReadOnlyList<string> Problems(JsonObject document)
    {
        var problems = new List<string>();
        if (document["_aws"] is not JsonObject metadata)
        {
            return ["the root has no _aws object"];
        }

        if (metadata["Timestamp"] is not JsonValue timestamp || !timestamp.TryGetValue<long>(out var milliseconds) || milliseconds < 0)
        {
            problems.Add("_aws.Timestamp is not a non-negative whole number of milliseconds since the epoch");
        }

        if (metadata["CloudWatchMetrics"] is not JsonArray directives)
        {
            problems.Add("_aws.CloudWatchMetrics is not an array");
            return problems;
        }

        foreach (var directive in directives)
        {
            if (directive is not JsonObject metricDirective)
            {
                problems.Add("a CloudWatchMetrics item is not an object");
                continue;
            }

            if (metricDirective["Namespace"] is not JsonValue ns || !ns.TryGetValue<string>(out var namespaceName) || namespaceName.Length is 0 or > 1024)
            {
                problems.Add("a MetricDirective has no Namespace of 1 to 1024 characters");
            }

            if (metricDirective["Dimensions"] is not JsonArray dimensionSets)
            {
                problems.Add("a MetricDirective has no Dimensions array");
            }
            else
            {
                foreach (var dimensionSet in dimensionSets)
                {
                    if (dimensionSet is not JsonArray references || references.Count > 30)
                    {
                        problems.Add("a DimensionSet is not an array of at most 30 references");
                        continue;
                    }

                    foreach (var reference in references)
                    {
                        var name = reference is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
                        if (name is null || document[name] is not JsonValue target || !target.TryGetValue<string>(out _))
                        {
                            problems.Add($"dimension '{name}' is not a string member of the root");
                        }
                    }
                }
            }

            if (metricDirective["Metrics"] is not JsonArray metrics || metrics.Count > 100)
            {
                problems.Add("a MetricDirective has no Metrics array of at most 100 definitions");
                continue;
            }

            foreach (var metric in metrics)
            {
                var name = metric?["Name"] is JsonValue nameValue && nameValue.TryGetValue<string>(out var text) ? text : null;
                if (name is not { Length: > 0 and <= 1024 })
                {
                    problems.Add("a MetricDefinition has no Name of 1 to 1024 characters");
                    continue;
                }

                if (metric!["Unit"] is { } unit && (unit is not JsonValue unitValue || !unitValue.TryGetValue<string>(out var unitName) || !Units.Contains(unitName)))
                {
                    problems.Add($"metric '{name}' has a Unit that is not a CloudWatch unit");
                }

                var member = document[name];
                var isNumber = member is JsonValue number && number.TryGetValue<double>(out _);
                var isNumbers = member is JsonArray values && values.Count is > 0 and <= 100 && values.All(item => item is JsonValue each && each.TryGetValue<double>(out _));
                if (!isNumber && !isNumbers)
                {
                    problems.Add($"metric '{name}' has no number (or array of numbers) as a root member");
                }
            }
        }

        return problems;
    }
}
