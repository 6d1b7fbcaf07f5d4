namespace StorageOps.Functions.Metrics;

/// <summary>One metric value of an embedded-metric-format document.</summary>
public sealed record Metric(string Name, double Value, string Unit);
