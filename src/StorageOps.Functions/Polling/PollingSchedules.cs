using System.Globalization;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Polling;

/// <summary>
/// The polling schedules of one function: <see cref="ExpectedDurations"/> times the deployment's time scale, so an
/// account whose EFS is consistently slower (or a simulator run faster) polls at its own pace without code changes.
/// </summary>
/// <example><c>PollingSchedules.From(context.Environment).For(PolledOperation.MountTargetCreation).SecondsUntilNextPoll(startedAt, now, deadline)</c></example>
public sealed class PollingSchedules
{
    /// <summary>Optional positive number; the expected durations are multiplied by it. Unset = 1.</summary>
    public const string TimeScaleVariable = "STORAGEOPS_POLLING_TIME_SCALE";

    public static readonly PollingSchedules Default = new(1);

    public PollingSchedules(double timeScale)
    {
        if (!double.IsFinite(timeScale) || timeScale <= 0)
        {
            throw new ConfigurationException($"{TimeScaleVariable}: '{timeScale.ToString(CultureInfo.InvariantCulture)}' must be a positive number.");
        }

        TimeScale = timeScale;
    }

    public double TimeScale { get; }

    public static PollingSchedules From(FunctionEnvironment environment)
    {
        if (!environment.Variables.TryGetValue(TimeScaleVariable, out var value) || value.Length == 0)
        {
            return Default;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale)
            ? new PollingSchedules(scale)
            : throw new ConfigurationException($"{TimeScaleVariable}: '{value}' must be a positive number.");
    }

    /// <remarks>Never shorter than <see cref="PollingSchedule.MinimumWaitSeconds"/>, the shortest wait Step Functions expresses.</remarks>
    public PollingSchedule For(PolledOperation operation) =>
        new(TimeSpan.FromSeconds(Math.Max(PollingSchedule.MinimumWaitSeconds, ExpectedDurations.Of(operation).TotalSeconds * TimeScale)));
}
