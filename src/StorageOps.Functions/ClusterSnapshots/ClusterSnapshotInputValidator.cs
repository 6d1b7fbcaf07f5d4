using System.Globalization;
using StorageOps.Functions.Errors;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>Checks the cluster-snapshot handlers' inputs before any AWS call; every problem is named in one <see cref="InvalidInputException"/>.</summary>
public static class ClusterSnapshotInputValidator
{
    private const int MaxIdentifierLength = 63;

    /// <returns>The target, the night and the night's date, all present and valid.</returns>
    /// <exception cref="InvalidInputException">Anything is missing or malformed.</exception>
    public static (SnapshotTarget Target, Night Night, DateOnly Date) Validate(SnapshotTarget? target, Night? night) => Validate(target, night, []);

    /// <summary>As <see cref="Validate(SnapshotTarget?, Night?)"/>, and <paramref name="snapshot"/> must be the night's own identifier for the target.</summary>
    public static (SnapshotTarget Target, Night Night, string Snapshot) ValidateWithSnapshot(SnapshotTarget? target, Night? night, string? snapshot)
    {
        var problems = new List<string>();
        string? expected = null;
        if (target is not null && IsRdsIdentifier(target.Cluster) && night is not null
            && DateOnly.TryParseExact(night.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            expected = NightlySnapshotName.For(target.Cluster, date);
        }

        if (string.IsNullOrEmpty(snapshot))
        {
            problems.Add("snapshot: is required");
        }
        else if (expected is not null && !string.Equals(snapshot, expected, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"snapshot: '{snapshot}' is not the night's snapshot of {target!.Cluster} ('{expected}')");
        }

        var (validTarget, validNight, _) = Validate(target, night, problems);
        return (validTarget, validNight, snapshot!);
    }

    private static (SnapshotTarget Target, Night Night, DateOnly Date) Validate(SnapshotTarget? target, Night? night, List<string> problems)
    {
        if (target is null)
        {
            problems.Add("target: is required");
        }
        else
        {
            if (target.Kind != SnapshotTargetKinds.Aurora)
            {
                problems.Add($"target.kind: '{target.Kind}' must be '{SnapshotTargetKinds.Aurora}'");
            }

            if (!IsRdsIdentifier(target.Cluster))
            {
                problems.Add($"target.cluster: '{target.Cluster}' must be a DB cluster identifier (1-63 letters, digits or hyphens, a letter first, no trailing or double hyphen)");
            }

            if (string.IsNullOrWhiteSpace(target.Arn) || !target.Arn.StartsWith("arn:", StringComparison.Ordinal))
            {
                problems.Add($"target.arn: '{target.Arn}' must be the cluster's ARN");
            }
        }

        var date = default(DateOnly);
        if (night is null)
        {
            problems.Add("night: is required");
        }
        else
        {
            if (!DateOnly.TryParseExact(night.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                problems.Add($"night.date: '{night.Date}' must be a date, yyyy-MM-dd");
            }

            if (night.Deadline <= night.ScheduledTime)
            {
                problems.Add($"night.deadline: {night.Deadline:O} must be after night.scheduledTime {night.ScheduledTime:O}");
            }

            if (night.Retention is null)
            {
                problems.Add("night.retention: is required");
            }
            else
            {
                problems.AddRange(night.Retention.Problems().Select(problem => $"night.retention.{problem}"));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return (target!, night!, date);
    }

    /// <summary>The RDS identifier rules: 1–63 letters, digits or hyphens, a letter first, no trailing hyphen, no two hyphens in a row.</summary>
    public static bool IsRdsIdentifier(string? identifier) =>
        identifier is { Length: > 0 and <= MaxIdentifierLength }
        && char.IsAsciiLetter(identifier[0])
        && identifier.All(character => char.IsAsciiLetterOrDigit(character) || character == '-')
        && !identifier.EndsWith('-')
        && !identifier.Contains("--", StringComparison.Ordinal);
}
