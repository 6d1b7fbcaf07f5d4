using StorageOps.Functions.Composition;
using StorageOps.Local.Template;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Template;

public sealed class ScheduleWiringTests
{
    private static readonly LocalAccount Account = new();

    private static TemplateWiring Repository() =>
        TemplateWiring.Resolve(SamTemplate.Load(RepositoryPaths.Combine("template.yaml")), FunctionComposition.Registry.Names, Account);

    [Fact]
    public void Resolve_WhenGivenTheRepositoryTemplate_ShouldWireTheNightAndTheReplicationHealthSchedules()
    {
        var schedules = Repository().Schedules;

        Assert.Equal(["nightly-snapshots", "replication-health"], schedules.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            new WiredSchedule("nightly-snapshots", "nightly-snapshots", null, "cron(0 3 * * ? *)", "UTC", """{"scheduledTime": "<aws.scheduler.scheduled-time>"}"""),
            schedules["nightly-snapshots"]);
        Assert.Equal(
            new WiredSchedule("replication-health", null, "CheckReplicationHealthFunction", "rate(15 minutes)", "UTC", """{"scheduledTime": "<aws.scheduler.scheduled-time>"}"""),
            schedules["replication-health"]);
    }

    [Fact]
    public void Resolve_WhenFunctionsAndSubstitutionsRefParameters_ShouldUseTheirDefaults()
    {
        var wiring = Repository();

        var start = wiring.FunctionsByName["StartNightlySnapshotsFunction"].Environment;
        Assert.Equal(("storageops:snapshot", "nightly", "UTC", "100", "16", "5", ""), (
            start["STORAGEOPS_SNAPSHOT_TAG_KEY"], start["STORAGEOPS_SNAPSHOT_TAG_VALUE"], start["STORAGEOPS_SCHEDULE_TIME_ZONE"], start["STORAGEOPS_SNAPSHOT_QUOTA"],
            start["STORAGEOPS_MAX_CONCURRENCY"], start["STORAGEOPS_TOLERATED_FAILURE_PERCENTAGE"], start["STORAGEOPS_ELASTIC_COPY_KMS_KEY_ID"]));
        Assert.Contains("\"EventBusName\": \"default\"", wiring.Workflow("nightly-snapshots").Definition, StringComparison.Ordinal);
        Assert.Contains($"\"Resource\": \"{Account.FunctionArn("CreateClusterSnapshotFunction")}\"", wiring.Workflow("nightly-snapshots").Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WhenASchedulesExpressionOrZoneIsWrong_ShouldReportEach()
    {
        var template = SamTemplate.Parse("""
            Parameters:
              Expression:
                Type: String
                Default: cron(0 3 * * *)
              NoDefault:
                Type: String
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Events:
                    BadCron:
                      Type: ScheduleV2
                      Properties:
                        ScheduleExpression: !Ref Expression
                    NoValue:
                      Type: ScheduleV2
                      Properties:
                        ScheduleExpression: !Ref NoDefault
                    BadZone:
                      Type: ScheduleV2
                      Properties:
                        Name: night
                        ScheduleExpression: rate(1 day)
                        ScheduleExpressionTimezone: Mars/Olympus
                    NotASchedule:
                      Type: Schedule
                      Properties:
                        Schedule: nonsense
            """, Path.GetTempPath());
        var problems = new List<string>();

        var schedules = StorageOps.Local.Schedules.ScheduleWiring.Schedules(template, Account, problems);

        Assert.Empty(schedules);
        Assert.Equal(
            [
                "Machine event BadCron: cron(0 3 * * *): expected 6 fields (minutes hours day-of-month month day-of-week year), found 5.",
                "Machine event NoValue: ScheduleExpression is neither a literal nor !Ref of a parameter with a Default.",
                "Machine event BadZone: 'Mars/Olympus' is not a time zone (expected an IANA name such as Europe/Berlin).",
            ],
            problems);
    }

    [Fact]
    public void Schedule_WhenNameIsUnknown_ShouldListTheKnownSchedules()
    {
        var error = Assert.Throws<TemplateException>(() => Repository().Schedule("nightly"));

        Assert.Equal("No schedule named 'nightly' in the template. Known: nightly-snapshots, replication-health.", error.Message);
    }
}
