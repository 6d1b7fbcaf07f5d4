using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Retention;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>What StartNightlySnapshots decides a night from, read once from its function's environment.</summary>
/// <param name="TimeZone">The schedule's time zone: the night's date is the scheduled time there.</param>
/// <param name="Window">How long after the scheduled time the night's work may go on.</param>
/// <param name="SnapshotQuota">The region's manual DB cluster snapshot quota (100 unless raised).</param>
public sealed record NightSettings(
    TimeZoneInfo TimeZone,
    TimeSpan Window,
    RetentionPolicy Retention,
    int SnapshotQuota,
    int MaxConcurrency,
    int ToleratedFailurePercentage,
    string? ElasticCopyKmsKeyId,
    int PagesInFlight = Night.DefaultPagesInFlight)
{
    /// <summary>A Distributed Map runs at most 10,000 children at once.</summary>
    public const int MaxMapConcurrency = 10_000;

    public static NightSettings From(FunctionEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return From(environment.Variables);
    }

    public static NightSettings From(IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var retention = new RetentionPolicy(
            NightlyVariables.Integer(variables, NightlyVariables.RetentionKeepDaily, 7, 0, 3650),
            NightlyVariables.Integer(variables, NightlyVariables.RetentionKeepWeekly, 4, 0, 520),
            NightlyVariables.Integer(variables, NightlyVariables.RetentionKeepMonthly, 3, 0, 120),
            NightlyVariables.Integer(variables, NightlyVariables.RetentionMinKeep, 3, 1, 3650),
            NightlyVariables.Boolean(variables, NightlyVariables.RetentionDryRun, false));
        return new NightSettings(
            TimeZoneFrom(variables),
            TimeSpan.FromMinutes(NightlyVariables.Integer(variables, NightlyVariables.NightWindowMinutes, 240, 1, 24 * 60)),
            retention,
            NightlyVariables.Integer(variables, NightlyVariables.SnapshotQuota, 100, 1, 100_000),
            NightlyVariables.Integer(variables, NightlyVariables.MaxConcurrency, Night.DefaultMaxConcurrency, 1, MaxMapConcurrency),
            NightlyVariables.Integer(variables, NightlyVariables.ToleratedFailurePercentage, 5, 0, 100),
            KmsKeyIdFrom(variables),
            NightlyVariables.Integer(variables, NightlyVariables.PagesInFlight, Night.DefaultPagesInFlight, 1, MaxMapConcurrency));
    }

    private static TimeZoneInfo TimeZoneFrom(IReadOnlyDictionary<string, string> variables)
    {
        var id = NightlyVariables.Optional(variables, NightlyVariables.ScheduleTimeZone) ?? "UTC";
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ConfigurationException($"{NightlyVariables.ScheduleTimeZone}: '{id}' is not a time zone this system knows (use an IANA name such as Europe/Paris).");
        }
    }

    private static string? KmsKeyIdFrom(IReadOnlyDictionary<string, string> variables)
    {
        var keyId = NightlyVariables.Optional(variables, NightlyVariables.ElasticCopyKmsKeyId);
        return keyId is null || (keyId.Length <= 2048 && !keyId.Any(char.IsWhiteSpace))
            ? keyId
            : throw new ConfigurationException($"{NightlyVariables.ElasticCopyKmsKeyId}: '{keyId}' is not a KMS key id, alias or ARN (at most 2048 characters, no spaces).");
    }
}
