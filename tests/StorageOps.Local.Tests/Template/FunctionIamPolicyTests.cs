using System.Text.Json.Nodes;
using StorageOps.Functions.SnapshotTargets;
using StorageOps.Local.Queues;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Efs;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Hosting;
using StorageOps.Simulator.Rds;
using StorageOps.StatesLanguage.Execution;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Template;

/// <summary>
/// Suite-wide: each function of template.yaml is granted exactly the IAM actions its code calls. Every workflow of the
/// template runs its sample input (events/&lt;workflow&gt;.json) on the local runner, delivered twice; each function signs with its own
/// access key, so the simulator's request log tells which function made which call.
/// </summary>
public sealed class FunctionIamPolicyTests
{
    private static IReadOnlySet<string> Set(params string[] actions) => new HashSet<string>(actions, StringComparer.Ordinal);

    [Fact]
    public async Task Policies_WhenEveryWorkflowRunsItsSampleInput_ShouldGrantEachFunctionExactlyTheActionsItCalls()
    {
        var templatePath = RepositoryPaths.Combine("template.yaml");
        var grants = TemplateGrants.Parse(await File.ReadAllTextAsync(templatePath));
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = templatePath, Fleet = FleetWithASecondSecurityGroup });
        var runs = new List<string>();
        foreach (var workflow in environment.Wiring.Workflows.Values.Select(workflow => workflow.Name).Order(StringComparer.Ordinal))
        {
            // Twice: a redelivered request takes the "already exists" paths, whose calls need their grants too.
            foreach (var delivery in new[] { "first", "redelivered" })
            {
                var input = await WorkflowSamples.InputForAsync(environment, RepositoryPaths.Combine("events"), workflow);
                Assert.True(input is not null, $"Workflow {workflow} has no sample input events/{workflow}.json to exercise its functions with.");
                var result = await environment.RunAsync(workflow, input);
                runs.Add($"{workflow} ({delivery}): {result.Status} {result.Error}");
            }
        }

        await RunPathsTheSamplesCannotTakeAsync(environment, runs);
        await SendEachRequestSampleTwiceAsync(environment, runs);
        var health = await ScheduledRuns.InvokeFunctionAsync(environment, environment.Wiring.Schedule("replication-health"), environment.Clock.GetUtcNow());
        runs.Add($"replication-health: {health.FunctionError ?? "returned"}");
        var nightRequests = await RunNightsThatPruneAsync(templatePath, runs);

        var requests = environment.Simulator.RequestLog.Snapshot().Concat(nightRequests).ToList();
        var called = requests
            .GroupBy(request => request.AccessKeyId ?? "(unsigned)", StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => (IReadOnlySet<string>)group.Select(IamActionNames.Of).OfType<string>()
                    .Concat(grants.SqsTriggeredFunctions.Contains(group.Key) ? TemplateGrants.SqsPollerActions : [])
                    .Concat(grants.EventSourceMappedFunctions.Contains(group.Key) ? TemplateGrants.EventSourceMappingPollerActions : [])
                    .ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
        foreach (var function in grants.SqsTriggeredFunctions.Where(function => !called.ContainsKey(function)))
        {
            called[function] = TemplateGrants.SqsPollerActions.ToHashSet(StringComparer.Ordinal);
        }

        // A call whose service or operation the simulator did not recognise has no IAM action to check: it must not hide.
        Assert.Empty(requests.Where(request => IamActionNames.Of(request) is null).Select(request => $"{request.AccessKeyId}: {request.Service} {request.Method} {request.Path}"));
        Assert.Empty(grants.Problems);
        Assert.Contains("elasticfilesystem:CreateFileSystem", called["CreateFileSystemFunction"]);
        var problems = IamActionComparer.Problems(called, grants.ActionsByFunction);
        Assert.True(problems.Count == 0, $"{string.Join("\n", problems)}\nruns:\n{string.Join("\n", runs)}");
    }

    private static readonly AccountRegion Home = new("123456789012", "us-east-1");

    private const string SecondSecurityGroupId = "sg-0a1b2c3d4e5f60001";

    /// <summary>The default VPC as the simulator generates it, with a second security group a mount target can change to.</summary>
    private static FleetSeed FleetWithASecondSecurityGroup
    {
        get
        {
            var defaultVpc = DefaultVpc.For(Home);
            return new FleetSeed { Vpcs = [defaultVpc with { SecurityGroups = [.. defaultVpc.SecurityGroups, new SecurityGroupSeed(SecondSecurityGroupId, "storageops-clients")] }] };
        }
    }

    /// <summary>
    /// Calls the code makes only on paths a sample cannot take in a fresh environment: lifting the overwrite protection of an existing
    /// destination of ours, and a mount target's security groups changed to a group it does not have yet.
    /// </summary>
    private static async Task RunPathsTheSamplesCannotTakeAsync(LocalEnvironment environment, List<string> runs)
    {
        var events = RepositoryPaths.Combine("events");
        var west = new AccountRegion(Home.AccountId, "us-west-2");
        var destination = environment.Simulator.Efs.CreateFileSystem(west, new CreateFileSystemRequest
        {
            CreationToken = "iam-existing-destination",
            Encrypted = true,
            Tags = [new EfsTag("storageops:managed-by", "storageops"), new EfsTag("storageops:request-id", "iam-existing-destination")],
        });
        var replicate = (await WorkflowSamples.InputForAsync(environment, events, "replicate-file-system"))!;
        replicate["requestId"] = "req-iam-existing-destination";
        replicate["destination"] = new JsonObject { ["region"] = "us-west-2", ["fileSystemId"] = destination.FileSystemId };
        runs.Add($"replicate-file-system (existing destination of ours): {await RunAsync(environment, "replicate-file-system", replicate)}");

        var update = (await WorkflowSamples.InputForAsync(environment, events, "update-file-system"))!;
        update["requestId"] = "req-iam-second-security-group";
        foreach (var change in update["mountTargetSecurityGroups"]!.AsArray())
        {
            change!["securityGroups"] = new JsonArray(SecondSecurityGroupId);
        }

        runs.Add($"update-file-system (another security group): {await RunAsync(environment, "update-file-system", update)}");
    }

    /// <summary>
    /// The nights' deleting paths, in an environment of their own: retention keeping one daily snapshot, and a manual snapshot
    /// quota that the seeded old snapshots of ours already fill, so tonight's first create prunes before it creates
    /// (CreateClusterSnapshot deletes) and the next night's pruning deletes last night's snapshots and copies (both Prune functions).
    /// </summary>
    private static async Task<IReadOnlyList<RecordedRequest>> RunNightsThatPruneAsync(string templatePath, List<string> runs)
    {
        const int SeededOldSnapshots = 3;
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions
        {
            TemplatePath = templatePath,
            Start = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero),
            ConfigureSimulator = options => options with { ManualClusterSnapshotQuota = SeededOldSnapshots },
            FunctionVariables = new Dictionary<string, string>
            {
                ["STORAGEOPS_RETENTION_KEEP_DAILY"] = "1",
                ["STORAGEOPS_RETENTION_KEEP_WEEKLY"] = "0",
                ["STORAGEOPS_RETENTION_KEEP_MONTHLY"] = "0",
                ["STORAGEOPS_RETENTION_MIN_KEEP"] = "1",
            },
        });
        var cluster = environment.Simulator.Rds.PeekDBClusters(Home).First(candidate => candidate.TagList.Any(tag => tag.Key == "storageops:snapshot"));
        for (var day = 1; day <= SeededOldSnapshots; day++)
        {
            var night = new DateOnly(2026, 11, day);
            environment.Simulator.Rds.CreateDBClusterSnapshot(Home, new CreateDBClusterSnapshotRequest
            {
                DBClusterIdentifier = cluster.DBClusterIdentifier,
                DBClusterSnapshotIdentifier = NightlySnapshotName.For(cluster.DBClusterIdentifier, night),
                Tags = [new RdsTag("storageops:managed-by", "storageops"), new RdsTag("storageops:night", night.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
            });
        }

        var schedule = environment.Wiring.Schedule("nightly-snapshots");
        foreach (var night in new[] { "2026-12-01T03:00:00Z", "2026-12-02T03:00:00Z" })
        {
            var result = await ScheduledRuns.RunStateMachineAsync(environment, schedule, DateTimeOffset.Parse(night, System.Globalization.CultureInfo.InvariantCulture));
            runs.Add($"nightly-snapshots ({night}, pruning): {result.Status} {result.Error} {result.Output?["pruned"]} pruned");
        }

        return environment.Simulator.RequestLog.Snapshot();
    }

    /// <summary>Each request message of events/requests through the requests queue, twice: the router's start and its redelivery check.</summary>
    private static async Task SendEachRequestSampleTwiceAsync(LocalEnvironment environment, List<string> runs)
    {
        var queue = environment.Sqs.Find("requests")!;
        foreach (var path in Directory.GetFiles(RepositoryPaths.Combine("events", "requests"), "*.json").Order(StringComparer.Ordinal))
        {
            var body = await File.ReadAllTextAsync(path);
            foreach (var delivery in new[] { "first", "redelivered" })
            {
                var sent = Assert.Single(await LocalRequestDelivery.SendAsync(environment, queue, [body], CancellationToken.None));
                runs.Add($"send {Path.GetFileName(path)} ({delivery}): {sent.Execution?.Status} dead-lettered: {sent.DeadLettered}");
            }
        }
    }

    private static async Task<string> RunAsync(LocalEnvironment environment, string workflow, JsonNode input)
    {
        var result = await environment.RunAsync(workflow, input);
        Assert.True(result.Status == ExecutionStatus.Succeeded, $"{workflow}: {result.Error}: {result.Cause}");
        return result.Status.ToString();
    }

    [Fact]
    public void Problems_WhenAFunctionCallsAnActionItIsNotGranted_ShouldReportItMissing()
    {
        var problems = IamActionComparer.Problems(
            new Dictionary<string, IReadOnlySet<string>> { ["DescribeFunction"] = Set("elasticfilesystem:DescribeFileSystems", "elasticfilesystem:DescribeTags") },
            new Dictionary<string, IReadOnlySet<string>> { ["DescribeFunction"] = Set("elasticfilesystem:DescribeFileSystems") });

        Assert.Equal(["DescribeFunction: calls elasticfilesystem:DescribeTags, which template.yaml does not grant it."], problems);
    }

    [Fact]
    public void Problems_WhenAFunctionIsGrantedAnActionItNeverCalls_ShouldReportItExtra()
    {
        var problems = IamActionComparer.Problems(
            new Dictionary<string, IReadOnlySet<string>> { ["DescribeFunction"] = Set("elasticfilesystem:DescribeFileSystems") },
            new Dictionary<string, IReadOnlySet<string>>
            {
                ["DescribeFunction"] = Set("elasticfilesystem:DescribeFileSystems", "elasticfilesystem:DeleteFileSystem"),
                ["IdleFunction"] = Set("states:StartExecution"),
            });

        Assert.Equal(
            [
                "DescribeFunction: is granted elasticfilesystem:DeleteFileSystem, which its code never needed (is the function exercised by a scenario?).",
                "IdleFunction: is granted states:StartExecution, which its code never needed (is the function exercised by a scenario?).",
            ],
            problems);
    }

    [Fact]
    public void Problems_WhenACallNeedsImpliedActions_ShouldRequireThemAndAcceptThem()
    {
        var called = new Dictionary<string, IReadOnlySet<string>> { ["MountFunction"] = Set("elasticfilesystem:CreateMountTarget") };

        var withoutImplied = IamActionComparer.Problems(called, new Dictionary<string, IReadOnlySet<string>> { ["MountFunction"] = Set("elasticfilesystem:CreateMountTarget") });
        var withImplied = IamActionComparer.Problems(called, new Dictionary<string, IReadOnlySet<string>>
        {
            ["MountFunction"] = Set("elasticfilesystem:CreateMountTarget", "ec2:DescribeSubnets", "ec2:DescribeNetworkInterfaces", "ec2:CreateNetworkInterface"),
        });

        Assert.Equal(3, withoutImplied.Count);
        Assert.Contains("MountFunction: calls ec2:CreateNetworkInterface, which template.yaml does not grant it.", withoutImplied);
        Assert.Empty(withImplied);
    }

    [Fact]
    public void Problems_WhenAWildcardIsGrantedOrAnUnknownCallerCalls_ShouldReportBoth()
    {
        var problems = IamActionComparer.Problems(
            new Dictionary<string, IReadOnlySet<string>> { ["(unsigned)"] = Set("elasticfilesystem:DescribeFileSystems") },
            new Dictionary<string, IReadOnlySet<string>> { ["AnyFunction"] = Set("elasticfilesystem:*") });

        Assert.Equal(
            ["(unsigned): made AWS calls but is no function of the template.", "AnyFunction: grants wildcard action elasticfilesystem:*; grant the exact actions."],
            problems);
    }

    [Fact]
    public void Parse_WhenFunctionsUseStatementsPolicyTemplatesAndSqsEvents_ShouldCollectEveryAllowedAction()
    {
        var grants = TemplateGrants.Parse("""
            Resources:
              RouterFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Policies:
                    - StepFunctionsExecutionPolicy:
                        StateMachineName: !GetAtt Machine.Name
                    - Statement:
                        - Effect: Allow
                          Action: elasticfilesystem:DescribeFileSystems
                          Resource: '*'
                        - Effect: Deny
                          Action: [elasticfilesystem:DeleteFileSystem]
                          Resource: '*'
                  Events:
                    Requests:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Queue.Arn
              ManagedFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Policies:
                    - AmazonS3FullAccess
                    - SomeUnknownPolicy: {}
              Machine:
                Type: AWS::Serverless::StateMachine
            """);

        Assert.Equal(
            ["elasticfilesystem:DescribeFileSystems", "sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage", "states:StartExecution"],
            grants.ActionsByFunction["RouterFunction"]);
        Assert.Equal(["RouterFunction"], grants.SqsTriggeredFunctions);
        Assert.Empty(grants.ActionsByFunction["ManagedFunction"]);
        Assert.Equal(2, grants.Problems.Count);
        Assert.All(grants.Problems, problem => Assert.StartsWith("ManagedFunction: ", problem, StringComparison.Ordinal));
    }
}
