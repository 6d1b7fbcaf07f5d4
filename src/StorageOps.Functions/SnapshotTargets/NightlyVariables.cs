using System.Globalization;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>
/// The environment variables of the nightly functions (the template sets them from its parameters) and how each is read:
/// unset or empty = its default, anything else must parse and be in range or the function fails with a
/// <see cref="ConfigurationException"/> naming the variable.
/// </summary>
public static class NightlyVariables
{
    public const string SnapshotTagKey = "STORAGEOPS_SNAPSHOT_TAG_KEY";
    public const string SnapshotTagValue = "STORAGEOPS_SNAPSHOT_TAG_VALUE";
    public const string ScheduleTimeZone = "STORAGEOPS_SCHEDULE_TIME_ZONE";
    public const string NightWindowMinutes = "STORAGEOPS_NIGHT_WINDOW_MINUTES";
    public const string RetentionKeepDaily = "STORAGEOPS_RETENTION_KEEP_DAILY";
    public const string RetentionKeepWeekly = "STORAGEOPS_RETENTION_KEEP_WEEKLY";
    public const string RetentionKeepMonthly = "STORAGEOPS_RETENTION_KEEP_MONTHLY";
    public const string RetentionMinKeep = "STORAGEOPS_RETENTION_MIN_KEEP";
    public const string RetentionDryRun = "STORAGEOPS_RETENTION_DRY_RUN";
    public const string SnapshotQuota = "STORAGEOPS_SNAPSHOT_QUOTA";
    public const string MaxConcurrency = "STORAGEOPS_MAX_CONCURRENCY";
    public const string ToleratedFailurePercentage = "STORAGEOPS_TOLERATED_FAILURE_PERCENTAGE";
    public const string ElasticCopyKmsKeyId = "STORAGEOPS_ELASTIC_COPY_KMS_KEY_ID";
    public const string DiscoveryPageSize = "STORAGEOPS_DISCOVERY_PAGE_SIZE";
    public const string PagesInFlight = "STORAGEOPS_PAGES_IN_FLIGHT";

    internal static string? Optional(IReadOnlyDictionary<string, string> variables, string name) =>
        variables.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    internal static string String(IReadOnlyDictionary<string, string> variables, string name, string defaultValue, int maxLength)
    {
        var value = Optional(variables, name) ?? defaultValue;
        return value.Length <= maxLength && value.Trim() == value
            ? value
            : throw new ConfigurationException($"{name}: '{value}' must be at most {maxLength} characters with no leading or trailing space.");
    }

    internal static int Integer(IReadOnlyDictionary<string, string> variables, string name, int defaultValue, int minimum, int maximum)
    {
        var value = Optional(variables, name);
        if (value is null)
        {
            return defaultValue;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum
            ? number
            : throw new ConfigurationException($"{name}: '{value}' must be a whole number from {minimum} to {maximum}.");
    }

    internal static bool Boolean(IReadOnlyDictionary<string, string> variables, string name, bool defaultValue)
    {
        var value = Optional(variables, name);
        return value switch
        {
            null => defaultValue,
            _ when value.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
            _ when value.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
            _ => throw new ConfigurationException($"{name}: '{value}' must be true or false."),
        };
    }
}
