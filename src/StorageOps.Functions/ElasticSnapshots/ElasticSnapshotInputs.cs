using System.Globalization;
using StorageOps.Functions.Errors;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>Checks the DocumentDB Elastic handlers' inputs before any AWS call; every problem is reported at once.</summary>
public static class ElasticSnapshotInputs
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <exception cref="InvalidInputException">The target or the night is missing or malformed, or <paramref name="problems"/> already holds some.</exception>
    public static ElasticSnapshotJob Require(SnapshotTarget? target, Night? night, List<string>? problems = null)
    {
        problems ??= [];
        if (target is null)
        {
            problems.Add("target: is required");
        }
        else
        {
            if (string.IsNullOrWhiteSpace(target.Cluster))
            {
                problems.Add("target.cluster: is required");
            }

            if (target.Kind != SnapshotTargetKinds.DocDbElastic)
            {
                problems.Add($"target.kind: '{target.Kind}' must be '{SnapshotTargetKinds.DocDbElastic}'");
            }

            if (!IsElasticClusterArn(target.Arn))
            {
                problems.Add($"target.arn: '{target.Arn}' must be a DocumentDB Elastic cluster ARN (arn:aws:docdb-elastic:<region>:<account>:cluster/<id>)");
            }
        }

        var date = default(DateOnly);
        if (night is null)
        {
            problems.Add("night: is required");
        }
        else
        {
            if (night.Date is null || !DateOnly.TryParseExact(night.Date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                problems.Add($"night.date: '{night.Date}' must be a date as yyyy-MM-dd");
            }

            if (night.Deadline == default)
            {
                problems.Add("night.deadline: is required");
            }
            else if (night.Deadline <= night.ScheduledTime)
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

            if (night.ElasticCopyKmsKeyId is { } keyId && (keyId.Length == 0 || keyId.Length > 2048 || keyId.Any(char.IsWhiteSpace)))
            {
                problems.Add("night.elasticCopyKmsKeyId: must be a KMS key id, key ARN, alias or alias ARN (or null to keep the source's key)");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return new ElasticSnapshotJob(target!, night!, date);
    }

    private static bool IsElasticClusterArn(string? arn) =>
        arn?.Split(':', 6) is [var prefix, var partition, "docdb-elastic", var region, var account, var resource]
        && prefix == "arn"
        && partition.Length > 0
        && region.Length > 0
        && account.Length == 12 && account.All(char.IsAsciiDigit)
        && resource.StartsWith("cluster/", StringComparison.Ordinal) && resource.Length > "cluster/".Length;
}
