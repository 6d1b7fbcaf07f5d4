namespace StorageOps.Simulator.Rds;

/// <summary>RDS's rule for tag keys: 1 to 128 characters, and not starting with <c>aws:</c> or <c>rds:</c>, which RDS reserves.</summary>
internal static class RdsTagKeys
{
    private static readonly string[] ReservedPrefixes = ["aws:", "rds:"];

    public static void Validate(IEnumerable<RdsTag>? tags)
    {
        foreach (var tag in tags ?? [])
        {
            if (tag.Key.Length is 0 or > 128)
            {
                throw RdsException.InvalidParameterValue($"Tag key '{tag.Key}' must be 1 to 128 characters long.");
            }

            if (ReservedPrefixes.FirstOrDefault(prefix => tag.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) is { } reserved)
            {
                throw RdsException.InvalidParameterValue($"Tag key '{tag.Key}' is not valid: tag keys cannot start with '{reserved}'.");
            }
        }
    }
}
