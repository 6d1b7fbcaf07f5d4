using StorageOps.Local.Runner;
using StorageOps.Local.Template;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Runner;

public sealed class ScheduledRunsTests
{
    private static readonly WiredSchedule Night = new("nightly-snapshots", "nightly-snapshots", null, "cron(0 3 * * ? *)", "Europe/Berlin", """{"scheduledTime": "<aws.scheduler.scheduled-time>"}""");

    [Fact]
    public void InputAt_WhenTheScheduleFires_ShouldWriteTheScheduledTimeAsSchedulerDoes() =>
        Assert.Equal("2026-12-01T02:00:00Z", (string?)ScheduledRuns.InputAt(Night, new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.FromHours(1)))!["scheduledTime"]);

    [Fact]
    public void NextAtOrAfter_WhenTheScheduleHasATimeZone_ShouldFireAtItsLocalTime() =>
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero), ScheduledRuns.NextAtOrAfter(Night, new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task RunStateMachineAsync_WhenTheScheduleInvokesAFunction_ShouldRefuseIt()
    {
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml") });

        var error = await Assert.ThrowsAsync<TemplateException>(() => ScheduledRuns.RunStateMachineAsync(environment, environment.Wiring.Schedule("replication-health"), environment.Clock.GetUtcNow()));

        Assert.Equal("Schedule replication-health invokes function CheckReplicationHealthFunction, not a state machine.", error.Message);
    }

    [Fact]
    public async Task InvokeFunctionAsync_WhenTheScheduledTimeIsLater_ShouldMoveTheClockThereFirst()
    {
        await using var environment = await LocalEnvironment.StartAsync(new LocalEnvironmentOptions { TemplatePath = RepositoryPaths.Combine("template.yaml") });
        var at = environment.Clock.GetUtcNow().AddMinutes(15);

        var result = await ScheduledRuns.InvokeFunctionAsync(environment, environment.Wiring.Schedule("replication-health"), at);

        Assert.Null(result.FunctionError);
        Assert.Equal(at, environment.Clock.GetUtcNow());
        Assert.Equal(at, DateTimeOffset.Parse((string)result.Payload!["checkedAt"]!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
