using System.Globalization;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>The checks a <see cref="Night"/> in a handler's input must pass before any AWS call.</summary>
public static class NightValidation
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The problems with <paramref name="night"/>, each naming its member under <paramref name="path"/>; empty when it is usable.</summary>
    public static IReadOnlyList<string> Problems(Night? night, string path = "night")
    {
        if (night is null)
        {
            return [$"{path}: is required"];
        }

        var problems = new List<string>();
        if (night.Date is null || !DateOnly.TryParseExact(night.Date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add($"{path}.date: '{night.Date}' must be a date, {DateFormat}");
        }

        if (night.ScheduledTime == default)
        {
            problems.Add($"{path}.scheduledTime: is required");
        }

        if (night.Deadline <= night.ScheduledTime)
        {
            problems.Add($"{path}.deadline: must be after {path}.scheduledTime");
        }

        if (night.Retention is null)
        {
            problems.Add($"{path}.retention: is required");
        }
        else
        {
            problems.AddRange(night.Retention.Problems().Select(problem => $"{path}.retention.{problem}"));
        }

        if (night.MaxConcurrency is < 1 or > NightSettings.MaxMapConcurrency)
        {
            problems.Add($"{path}.maxConcurrency: {night.MaxConcurrency} must be from 1 to {NightSettings.MaxMapConcurrency}");
        }

        if (night.PagesInFlight is < 1 or > NightSettings.MaxMapConcurrency)
        {
            problems.Add($"{path}.pagesInFlight: {night.PagesInFlight} must be from 1 to {NightSettings.MaxMapConcurrency}");
        }

        if (night.ToleratedFailurePercentage is < 0 or > 100)
        {
            problems.Add($"{path}.toleratedFailurePercentage: {night.ToleratedFailurePercentage} must be from 0 to 100");
        }

        if (night.ElasticCopyKmsKeyId is { Length: 0 })
        {
            problems.Add($"{path}.elasticCopyKmsKeyId: must not be empty (leave it out for the source snapshot's key)");
        }

        return problems;
    }
}
