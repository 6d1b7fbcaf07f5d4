using System.Globalization;

namespace StorageOps.Simulator.Rds;

/// <summary>What an Aurora engine name implies: its port, license model and default parameter group family.</summary>
internal static class AuroraEngines
{
    public const string Postgresql = "aurora-postgresql";
    public const string Mysql = "aurora-mysql";

    public static bool IsSupported(string engine) => engine is Postgresql or Mysql;

    public static int PortOf(string engine) => engine == Postgresql ? 5432 : 3306;

    public static string LicenseModelOf(string engine) => engine == Postgresql ? "postgresql-license" : "general-public-license";

    public static string DefaultVersionOf(string engine) => engine == Postgresql ? "16.4" : "8.0.mysql_aurora.3.08.0";

    public static string DefaultParameterGroupOf(string engine, string engineVersion)
    {
        if (engine == Postgresql)
        {
            return "default.aurora-postgresql" + engineVersion.Split('.')[0];
        }

        var major = engineVersion.StartsWith("5.7", StringComparison.Ordinal) ? "5.7" : "8.0";
        return string.Create(CultureInfo.InvariantCulture, $"default.aurora-mysql{major}");
    }
}
