using System.Globalization;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;

namespace StorageOps.Functions.Replication;

/// <summary>How far behind a replication destination may be before the health check calls it unhealthy.</summary>
public static class ReplicationHealthLagThreshold
{
    public const string Variable = "STORAGEOPS_REPLICATION_LAG_THRESHOLD_SECONDS";

    public const long DefaultSeconds = 3600;

    /// <exception cref="ConfigurationException">The variable is set to something other than a positive whole number of seconds.</exception>
    public static long SecondsFrom(FunctionEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.Variables.TryGetValue(Variable, out var value) || value.Length == 0)
        {
            return DefaultSeconds;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? seconds
            : throw new ConfigurationException($"{Variable}: '{value}' must be a positive whole number of seconds.");
    }
}
