using System.Text.Json;
using System.Text.RegularExpressions;
using StorageOps.Simulator.DocDbElastic;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Kms;
using StorageOps.Simulator.Lifecycle;
using StorageOps.Simulator.Rds;

namespace StorageOps.Simulator.SeedFile;

/// <summary>
/// Reads a fleet seed file (schema in docs/simulator.md): the VPCs, RDS clusters and DocumentDB Elastic clusters a simulator
/// starts with, its account and region, and optional transition and fault settings. Anything it cannot use is a
/// <see cref="SeedFileException"/> naming the JSON path of the problem.
/// </summary>
public static partial class FleetSeedFile
{
    public static SimulatorOptions Load(string path, SimulatorOptions? baseOptions = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new SeedFileException("$", $"cannot read the seed file '{path}': {error.Message}", error);
        }

        return Parse(json, baseOptions);
    }

    /// <summary>The options a seed file describes, on top of <paramref name="baseOptions"/> (its clock and any settings the file leaves out).</summary>
    public static SimulatorOptions Parse(string json, SimulatorOptions? baseOptions = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException error)
        {
            throw new SeedFileException("$", $"is not valid JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}): {error.Message}", error);
        }

        using (document)
        {
            var root = new SeedJsonObject(document.RootElement, "$");
            var options = baseOptions ?? new SimulatorOptions();
            root.OptionalString("$schema");
            var accountId = root.OptionalString("accountId") ?? options.AccountId;
            RequireAccountId(root.PathOf("accountId"), accountId);
            var defaultRegion = root.OptionalString("defaultRegion") ?? options.DefaultRegion;
            RequireRegion(root.PathOf("defaultRegion"), defaultRegion);
            options = options with
            {
                AccountId = accountId,
                DefaultRegion = defaultRegion,
                Fleet = new FleetSeed
                {
                    DefaultVpcInEveryRegion = root.OptionalBoolean("defaultVpcInEveryRegion") ?? true,
                    Vpcs = [.. root.ObjectArray("vpcs").Select(vpc => ReadVpc(vpc, accountId))],
                },
                RdsFleet = new RdsFleetSeed { Clusters = ReadRdsClusters(root.ObjectArray("rdsClusters")) },
                DocDbElasticFleet = new DocDbElasticFleetSeed { Clusters = ReadElasticClusters(root.ObjectArray("docDbElasticClusters")) },
                KmsKeys = ReadKmsKeys(root.ObjectArray("kmsKeys")),
                ManualClusterSnapshotQuota = root.OptionalInteger("manualClusterSnapshotQuota", 0, 1_000_000) ?? options.ManualClusterSnapshotQuota,
            };
            if (root.OptionalObject("transitions") is { } transitions)
            {
                options = ReadTransitions(transitions, options);
            }

            if (root.OptionalObject("faults") is { } faults)
            {
                options = options with { Faults = ReadFaults(faults, options.Faults) };
            }

            root.RejectUnknownProperties();
            return options;
        }
    }

    private static VpcSeed ReadVpc(SeedJsonObject json, string defaultAccountId)
    {
        var region = json.RequiredString("region");
        RequireRegion(json.PathOf("region"), region);
        var accountId = json.OptionalString("accountId");
        if (accountId is not null)
        {
            RequireAccountId(json.PathOf("accountId"), accountId);
        }

        var vpcId = json.RequiredString("vpcId");
        RequireMatch(json.PathOf("vpcId"), vpcId, VpcIdPattern(), "a VPC id such as vpc-0a1b2c3d4e5f67890");
        var cidrBlock = json.RequiredString("cidrBlock");
        var vpcRange = ParseCidr(json.PathOf("cidrBlock"), cidrBlock);
        var vpc = new VpcSeed
        {
            VpcId = vpcId,
            Region = region,
            AccountId = accountId,
            CidrBlock = cidrBlock,
            IsDefault = json.OptionalBoolean("isDefault") ?? false,
            Subnets = [.. json.ObjectArray("subnets").Select(subnet => ReadSubnet(subnet, region, vpcRange))],
            SecurityGroups = [.. json.ObjectArray("securityGroups").Select(ReadSecurityGroup)],
        };
        json.RejectUnknownProperties();
        try
        {
            _ = new FleetNetwork(new FleetSeed { Vpcs = [vpc] }, defaultAccountId);
        }
        catch (ArgumentException error)
        {
            throw new SeedFileException(json.Path, error.Message, error);
        }

        return vpc;
    }

    private static SubnetSeed ReadSubnet(SeedJsonObject json, string region, Ipv4Cidr vpcRange)
    {
        var subnetId = json.RequiredString("subnetId");
        RequireMatch(json.PathOf("subnetId"), subnetId, SubnetIdPattern(), "a subnet id such as subnet-0a1b2c3d4e5f67890");
        var availabilityZone = json.RequiredString("availabilityZone");
        if (!availabilityZone.StartsWith(region, StringComparison.Ordinal) || availabilityZone.Length != region.Length + 1 || !char.IsAsciiLetterLower(availabilityZone[^1]))
        {
            throw new SeedFileException(json.PathOf("availabilityZone"), $"'{availabilityZone}' is not an Availability Zone of {region} (expected {region}a, {region}b, ...).");
        }

        var cidrBlock = json.RequiredString("cidrBlock");
        var range = ParseCidr(json.PathOf("cidrBlock"), cidrBlock);
        if (!vpcRange.Contains(range.Network) || range.PrefixLength < vpcRange.PrefixLength)
        {
            throw new SeedFileException(json.PathOf("cidrBlock"), $"{cidrBlock} is not inside the VPC's {vpcRange}.");
        }

        json.RejectUnknownProperties();
        return new SubnetSeed(subnetId, availabilityZone, cidrBlock);
    }

    private static SecurityGroupSeed ReadSecurityGroup(SeedJsonObject json)
    {
        var groupId = json.RequiredString("groupId");
        RequireMatch(json.PathOf("groupId"), groupId, SecurityGroupIdPattern(), "a security group id such as sg-0a1b2c3d4e5f67890");
        var seed = new SecurityGroupSeed(groupId, json.OptionalString("groupName") ?? groupId);
        json.RejectUnknownProperties();
        return seed;
    }

    private static List<DBClusterSeed> ReadRdsClusters(IReadOnlyList<SeedJsonObject> clusters)
    {
        var seeds = new List<DBClusterSeed>();
        var seen = new HashSet<(string Identifier, string? Region, string? AccountId)>();
        var seenSnapshots = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var json in clusters)
        {
            var identifier = json.RequiredString("dbClusterIdentifier");
            RequireMatch(json.PathOf("dbClusterIdentifier"), identifier, RdsIdentifierPattern(), "an RDS identifier: 1 to 63 letters, digits or hyphens, a letter first, no trailing or double hyphen");
            var engine = json.RequiredString("engine");
            if (!AuroraEngines.IsSupported(engine))
            {
                throw new SeedFileException(json.PathOf("engine"), $"'{engine}' is not simulated; use {AuroraEngines.Postgresql} or {AuroraEngines.Mysql}.");
            }

            var status = json.OptionalString("status") ?? DBClusterStatuses.Available;
            if (status is not (DBClusterStatuses.Available or DBClusterStatuses.Stopped))
            {
                throw new SeedFileException(json.PathOf("status"), $"'{status}' is not a seedable cluster status; use {DBClusterStatuses.Available} or {DBClusterStatuses.Stopped}.");
            }

            var seed = new DBClusterSeed
            {
                DBClusterIdentifier = identifier.ToLowerInvariant(),
                Engine = engine,
                EngineVersion = json.OptionalString("engineVersion") ?? AuroraEngines.DefaultVersionOf(engine),
                Status = status,
                MasterUsername = json.OptionalString("masterUsername") ?? "admin",
                StorageEncrypted = json.OptionalBoolean("storageEncrypted") ?? true,
                Tags = [.. json.StringMap("tags").Select(tag => new RdsTag(tag.Key, tag.Value))],
                AutomatedSnapshotCount = json.OptionalInteger("automatedSnapshotCount", 0, 35) ?? 3,
                ManualSnapshots = ReadManualSnapshots(json.ObjectArray("manualSnapshots"), seenSnapshots),
                Age = TimeSpan.FromDays(json.OptionalInteger("ageDays", 1, 3650) ?? 30),
                Region = ReadOptionalRegion(json),
                AccountId = ReadOptionalAccountId(json),
            };
            json.RejectUnknownProperties();
            if (!seen.Add((seed.DBClusterIdentifier, seed.Region, seed.AccountId)))
            {
                throw new SeedFileException(json.PathOf("dbClusterIdentifier"), $"'{identifier}' is seeded twice in the same account and region.");
            }

            seeds.Add(seed);
        }

        return seeds;
    }

    private static List<DBClusterSnapshotSeed> ReadManualSnapshots(IReadOnlyList<SeedJsonObject> snapshots, HashSet<string> seen)
    {
        var seeds = new List<DBClusterSnapshotSeed>();
        foreach (var json in snapshots)
        {
            var identifier = json.RequiredString("dbClusterSnapshotIdentifier");
            RequireMatch(json.PathOf("dbClusterSnapshotIdentifier"), identifier, RdsIdentifierPattern(), "an RDS identifier: 1 to 63 letters, digits or hyphens, a letter first, no trailing or double hyphen");
            if (!seen.Add(identifier))
            {
                // Unique within the file, which is stricter than RDS (unique per region) but never ambiguous.
                throw new SeedFileException(json.PathOf("dbClusterSnapshotIdentifier"), $"'{identifier}' is seeded twice; manual snapshot identifiers must be unique within the seed file.");
            }

            var tags = json.StringMap("tags");
            foreach (var key in tags.Keys.Where(key => key.StartsWith("aws:", StringComparison.Ordinal) || key.StartsWith("rds:", StringComparison.Ordinal)))
            {
                throw new SeedFileException($"{json.PathOf("tags")}.{key}", "tag keys starting with aws: or rds: are reserved.");
            }

            seeds.Add(new DBClusterSnapshotSeed
            {
                DBClusterSnapshotIdentifier = identifier.ToLowerInvariant(),
                Age = TimeSpan.FromHours(json.OptionalNumber("ageDays", 0, 3650) is { } days ? days * 24 : 24),
                Tags = [.. tags.Select(tag => new RdsTag(tag.Key, tag.Value))],
            });
            json.RejectUnknownProperties();
        }

        return seeds;
    }

    private static List<ElasticClusterSeed> ReadElasticClusters(IReadOnlyList<SeedJsonObject> clusters)
    {
        var seeds = new List<ElasticClusterSeed>();
        var seen = new HashSet<(string Name, string? Region, string? AccountId)>();
        foreach (var json in clusters)
        {
            var name = json.RequiredString("clusterName");
            RequireMatch(json.PathOf("clusterName"), name, ElasticClusterNamePattern(), "1 to 50 letters, digits or hyphens, a letter first, no trailing or double hyphen");
            var shardCount = json.OptionalInteger("shardCount", 1, 32) ?? 2;
            var seed = new ElasticClusterSeed
            {
                ClusterName = name,
                AdminUserName = json.OptionalString("adminUserName") ?? "docdbadmin",
                ShardCapacity = json.OptionalInteger("shardCapacity", 1, 64) ?? 2,
                ShardCount = shardCount,
                CustomerManagedEncryption = json.OptionalBoolean("customerManagedEncryption") ?? true,
                Tags = json.StringMap("tags"),
                AutomatedSnapshotCount = json.OptionalInteger("automatedSnapshotCount", 0, 35) ?? 3,
                Age = TimeSpan.FromDays(json.OptionalInteger("ageDays", 1, 3650) ?? 30),
                Region = ReadOptionalRegion(json),
                AccountId = ReadOptionalAccountId(json),
            };
            json.RejectUnknownProperties();
            if (!seen.Add((name, seed.Region, seed.AccountId)))
            {
                throw new SeedFileException(json.PathOf("clusterName"), $"'{name}' is seeded twice in the same account and region.");
            }

            seeds.Add(seed);
        }

        return seeds;
    }

    private static List<KmsKeySeed> ReadKmsKeys(IReadOnlyList<SeedJsonObject> keys)
    {
        var seeds = new List<KmsKeySeed>();
        foreach (var json in keys)
        {
            var keyId = json.RequiredString("keyId");
            RequireMatch(json.PathOf("keyId"), keyId, KmsKeyIdPattern(), "a KMS key id: a lower-case UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab");
            var aliases = json.StringArray("aliases");
            for (var index = 0; index < aliases.Count; index++)
            {
                var path = $"{json.PathOf("aliases")}[{index}]";
                RequireMatch(path, aliases[index], KmsAliasPattern(), "a KMS alias name: alias/ followed by letters, digits, '/', '_' or '-'");
                if (aliases[index].StartsWith("alias/aws/", StringComparison.Ordinal))
                {
                    throw new SeedFileException(path, $"'{aliases[index]}' is reserved for AWS managed keys, which every account and region already has.");
                }
            }

            seeds.Add(new KmsKeySeed
            {
                KeyId = keyId,
                Aliases = aliases,
                Region = ReadOptionalRegion(json),
                AccountId = ReadOptionalAccountId(json),
                Enabled = json.OptionalBoolean("enabled") ?? true,
            });
            json.RejectUnknownProperties();
        }

        return seeds;
    }

    private static SimulatorOptions ReadTransitions(SeedJsonObject json, SimulatorOptions options)
    {
        options = options with
        {
            FileSystemCreation = ReadTransition(json, "fileSystemCreation") ?? options.FileSystemCreation,
            FileSystemDeletion = ReadTransition(json, "fileSystemDeletion") ?? options.FileSystemDeletion,
            FileSystemUpdate = ReadTransition(json, "fileSystemUpdate") ?? options.FileSystemUpdate,
            MountTargetCreation = ReadTransition(json, "mountTargetCreation") ?? options.MountTargetCreation,
            MountTargetDeletion = ReadTransition(json, "mountTargetDeletion") ?? options.MountTargetDeletion,
            ReplicationEnabling = ReadTransition(json, "replicationEnabling") ?? options.ReplicationEnabling,
            ReplicationDeletion = ReadTransition(json, "replicationDeletion") ?? options.ReplicationDeletion,
            DBClusterSnapshotCreation = ReadTransition(json, "dbClusterSnapshotCreation") ?? options.DBClusterSnapshotCreation,
            DBClusterCreation = ReadTransition(json, "dbClusterCreation") ?? options.DBClusterCreation,
            ElasticClusterSnapshotCopy = ReadTransition(json, "elasticClusterSnapshotCopy") ?? options.ElasticClusterSnapshotCopy,
        };
        json.RejectUnknownProperties();
        return options;
    }

    /// <summary><c>{"afterSeconds": 30}</c> or <c>{"afterDescribes": 2}</c>.</summary>
    private static LifecycleTransition? ReadTransition(SeedJsonObject parent, string name)
    {
        if (parent.OptionalObject(name) is not { } json)
        {
            return null;
        }

        var seconds = json.OptionalNumber("afterSeconds", 0, 86_400);
        var describes = json.OptionalInteger("afterDescribes", 1, 10_000);
        json.RejectUnknownProperties();
        return (seconds, describes) switch
        {
            ({ } value, null) => LifecycleTransition.AfterSeconds(value),
            (null, { } value) => LifecycleTransition.AfterDescribes(value),
            _ => throw new SeedFileException(json.Path, "needs exactly one of afterSeconds or afterDescribes."),
        };
    }

    private static FaultSettings ReadFaults(SeedJsonObject json, FaultSettings faults)
    {
        faults = faults with
        {
            Seed = json.OptionalInteger("seed", int.MinValue, int.MaxValue) ?? faults.Seed,
            Rules = [.. json.ObjectArray("rules").Select(ReadFaultRule)],
        };
        json.RejectUnknownProperties();
        return faults;
    }

    private static FaultRule ReadFaultRule(SeedJsonObject json)
    {
        var service = json.OptionalString("service");
        if (service is not (null or "efs" or "rds" or "docdb-elastic" or "states" or "ec2" or "events"))
        {
            throw new SeedFileException(json.PathOf("service"), $"'{service}' is not a simulated service; use efs, rds, docdb-elastic, states, ec2 or events (or leave it out for every service).");
        }

        var rule = new FaultRule
        {
            Service = service,
            Operation = json.OptionalString("operation") ?? "*",
            Resource = json.OptionalString("resource") ?? "*",
            ThrottleRate = json.OptionalNumber("throttleRate", 0, 1) ?? 0,
            ThrottleRatePerSecond = json.OptionalNumber("throttleRatePerSecond", 0, 1_000_000) ?? 0,
            ThrottleBurst = json.OptionalInteger("throttleBurst", 0, 1_000_000) ?? 0,
            ServerErrorRate = json.OptionalNumber("serverErrorRate", 0, 1) ?? 0,
            Latency = TimeSpan.FromMilliseconds(json.OptionalNumber("latencyMilliseconds", 0, 60_000) ?? 0),
            NotFoundAfterCreate = TimeSpan.FromSeconds(json.OptionalNumber("notFoundAfterCreateSeconds", 0, 86_400) ?? 0),
            ForcedState = json.OptionalString("forcedState"),
        };
        if (rule.ThrottleBurst > 0 && rule.ThrottleRatePerSecond == 0)
        {
            throw new SeedFileException(json.PathOf("throttleBurst"), "needs throttleRatePerSecond: the burst is the size of a token bucket refilled at that rate.");
        }

        json.RejectUnknownProperties();
        return rule;
    }

    private static string? ReadOptionalRegion(SeedJsonObject json)
    {
        var region = json.OptionalString("region");
        if (region is not null)
        {
            RequireRegion(json.PathOf("region"), region);
        }

        return region;
    }

    private static string? ReadOptionalAccountId(SeedJsonObject json)
    {
        var accountId = json.OptionalString("accountId");
        if (accountId is not null)
        {
            RequireAccountId(json.PathOf("accountId"), accountId);
        }

        return accountId;
    }

    private static Ipv4Cidr ParseCidr(string path, string cidr)
    {
        try
        {
            return Ipv4Cidr.Parse(cidr);
        }
        catch (FormatException error)
        {
            throw new SeedFileException(path, error.Message, error);
        }
    }

    private static void RequireRegion(string path, string region) =>
        RequireMatch(path, region, RegionPattern(), "a region name such as us-east-1");

    private static void RequireAccountId(string path, string accountId) =>
        RequireMatch(path, accountId, AccountIdPattern(), "a 12-digit AWS account id");

    private static void RequireMatch(string path, string value, Regex pattern, string expected)
    {
        if (!pattern.IsMatch(value) || value.EndsWith('-') || value.Contains("--", StringComparison.Ordinal))
        {
            throw new SeedFileException(path, $"'{value}' is not {expected}.");
        }
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^[0-9]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountIdPattern();

    [GeneratedRegex("^vpc-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant)]
    private static partial Regex VpcIdPattern();

    [GeneratedRegex("^subnet-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant)]
    private static partial Regex SubnetIdPattern();

    [GeneratedRegex("^sg-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecurityGroupIdPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex RdsIdentifierPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex ElasticClusterNamePattern();

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex KmsKeyIdPattern();

    [GeneratedRegex("^alias/[a-zA-Z0-9/_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex KmsAliasPattern();
}
