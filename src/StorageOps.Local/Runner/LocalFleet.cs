using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.SeedFile;

namespace StorageOps.Local.Runner;

/// <summary>A fleet seed file (docs/simulator.md) as the world of a local run.</summary>
public static class LocalFleet
{
    /// <summary>The fleet a night runs against by default: tagged Aurora and DocumentDB Elastic clusters, untagged ones and a stopped one.</summary>
    public const string NightlyFleetPath = "docs/examples/nightly-fleet.json";

    /// <summary>
    /// The whole seed file: its account and region become the run's (so ARNs and the functions' AWS_REGION match), and the
    /// simulator starts with everything it describes.
    /// </summary>
    /// <exception cref="SeedFileException">The file cannot be read or used.</exception>
    public static LocalEnvironmentOptions Seeded(LocalEnvironmentOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(options);
        var seeded = FleetSeedFile.Load(path);
        var configure = options.ConfigureSimulator;
        return options with
        {
            Account = options.Account with { AccountId = seeded.AccountId, Region = seeded.DefaultRegion },
            ConfigureSimulator = simulator => configure(FleetSeedFile.Load(path, simulator)),
        };
    }

    /// <summary>
    /// Only the file's Aurora and DocumentDB Elastic clusters, moved into the run's own account and region: the demo's
    /// file systems keep their VPCs while its night protects the nightly fleet.
    /// </summary>
    /// <exception cref="SeedFileException">The file cannot be read or used.</exception>
    public static LocalEnvironmentOptions WithClustersOf(LocalEnvironmentOptions options, string path)
    {
        ArgumentNullException.ThrowIfNull(options);
        var seeded = FleetSeedFile.Load(path);
        var (accountId, region) = (options.Account.AccountId, options.Account.Region);
        var configure = options.ConfigureSimulator;
        return options with
        {
            ConfigureSimulator = simulator => configure(simulator with
            {
                RdsFleet = new RdsFleetSeed { Clusters = [.. seeded.RdsFleet.Clusters.Select(cluster => cluster with { AccountId = accountId, Region = region })] },
                DocDbElasticFleet = new DocDbElasticFleetSeed { Clusters = [.. seeded.DocDbElasticFleet.Clusters.Select(cluster => cluster with { AccountId = accountId, Region = region })] },
            }),
        };
    }
}
