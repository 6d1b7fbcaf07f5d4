namespace StorageOps.Functions.Metrics;

/// <summary>CloudWatch metric units used in our embedded-metric-format documents.</summary>
public static class MetricUnits
{
    public const string Count = "Count";
    public const string Seconds = "Seconds";
}
