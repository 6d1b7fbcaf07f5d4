using CsCheck;
using StorageOps.Functions.Polling;

namespace StorageOps.Functions.Tests.Polling;

public sealed class PollingScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Expected durations from 1 s to 2 h, ready times from 0 to 20x the expected duration, deadlines up to 10x past readiness.</summary>
    private static readonly Gen<(int ExpectedSeconds, double ReadySeconds, int TimeoutSeconds)> Cases =
        from expected in Gen.Int[1, 7200]
        from readyFactor in Gen.Double[0, 20]
        from timeoutFactor in Gen.Double[0.01, 10]
        select (expected, expected * readyFactor, (int)Math.Max(1, Math.Ceiling(expected * readyFactor * timeoutFactor)));

    /// <summary>Polls as a Step Functions loop does: wait, describe, until ready or at the deadline.</summary>
    private static List<(double At, int Wait)> Polls(PollingSchedule schedule, double readySeconds, int timeoutSeconds)
    {
        var deadline = Start.AddSeconds(timeoutSeconds);
        var polls = new List<(double At, int Wait)>();
        var now = Start;
        while (true)
        {
            var wait = schedule.SecondsUntilNextPoll(Start, now, deadline);
            polls.Add(((now - Start).TotalSeconds, wait));
            if (wait == 0 || (now - Start).TotalSeconds >= readySeconds)
            {
                return polls;
            }

            now = now.AddSeconds(wait);
        }
    }

    [Theory]
    [InlineData(PolledOperation.FileSystemCreation, 45)]
    [InlineData(PolledOperation.FileSystemDeletion, 10)]
    [InlineData(PolledOperation.MountTargetCreation, 60)]
    [InlineData(PolledOperation.MountTargetDeletion, 30)]
    [InlineData(PolledOperation.ReplicationEnabling, 120)]
    [InlineData(PolledOperation.ReplicationDeletion, 30)]
    public void For_WhenTheOperationJustStarted_ShouldWaitItsExpectedDuration(PolledOperation operation, int expectedSeconds) =>
        Assert.Equal(expectedSeconds, PollingSchedule.For(operation).SecondsUntilNextPoll(Start, Start, Start.AddHours(1)));

    [Theory]
    [InlineData(0, 60)]
    [InlineData(45, 15)]
    [InlineData(59.5, 1)]
    [InlineData(60, 6)]
    [InlineData(100, 10)]
    [InlineData(600, 60)]
    public void SecondsUntilNextPoll_WhenDescribedAfterSomeTime_ShouldFinishTheExpectedDurationThenBackOffByATenth(double elapsedSeconds, int expectedWait) =>
        Assert.Equal(expectedWait, new PollingSchedule(TimeSpan.FromSeconds(60)).SecondsUntilNextPoll(Start, Start.AddSeconds(elapsedSeconds), deadline: null));

    [Theory]
    [InlineData(100, 103, 3)]
    [InlineData(100, 100.5, 1)]
    [InlineData(100, 100, 0)]
    [InlineData(100, 90, 0)]
    public void SecondsUntilNextPoll_WhenTheDeadlineIsNear_ShouldLandTheNextPollOnIt(double nowSeconds, double deadlineSeconds, int expectedWait) =>
        Assert.Equal(expectedWait, new PollingSchedule(TimeSpan.FromSeconds(60)).SecondsUntilNextPoll(Start, Start.AddSeconds(nowSeconds), Start.AddSeconds(deadlineSeconds)));

    [Fact]
    public void Constructor_WhenTheExpectedDurationIsBelowOneSecond_ShouldThrow() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PollingSchedule(TimeSpan.FromMilliseconds(500)));

    [Fact]
    public void SecondsUntilNextPoll_ForAnyCase_ShouldNeverScheduleAPollPastTheDeadline() =>
        Cases.Sample(testCase =>
        {
            var polls = Polls(new PollingSchedule(TimeSpan.FromSeconds(testCase.ExpectedSeconds)), testCase.ReadySeconds, testCase.TimeoutSeconds);
            return polls.TrueForAll(poll => poll.At + poll.Wait <= testCase.TimeoutSeconds);
        });

    [Fact]
    public void SecondsUntilNextPoll_WhenTheResourceIsNeverReady_ShouldPollExactlyAtTheDeadlineLast() =>
        Cases.Sample(testCase =>
        {
            var polls = Polls(new PollingSchedule(TimeSpan.FromSeconds(testCase.ExpectedSeconds)), double.PositiveInfinity, testCase.TimeoutSeconds);
            return polls[^1] == (testCase.TimeoutSeconds, 0);
        });

    [Fact]
    public void SecondsUntilNextPoll_ForAnyCase_ShouldNeverShortenTheWaitAfterTheFirstUntilTheDeadlineClampsIt() =>
        Cases.Sample(testCase =>
        {
            var polls = Polls(new PollingSchedule(TimeSpan.FromSeconds(testCase.ExpectedSeconds)), testCase.ReadySeconds, testCase.TimeoutSeconds);
            var unclamped = polls.Skip(1).Where(poll => poll.At + poll.Wait < testCase.TimeoutSeconds).Select(poll => poll.Wait).ToList();
            return unclamped.Zip(unclamped.Skip(1)).All(pair => pair.First <= pair.Second);
        });

    [Fact]
    public void SecondsUntilNextPoll_WhenNoDeadlineIsNear_ShouldWaitTheExpectedDurationFirst() =>
        Gen.Int[1, 86_400].Sample(expectedSeconds =>
            new PollingSchedule(TimeSpan.FromSeconds(expectedSeconds)).SecondsUntilNextPoll(Start, Start, Start.AddSeconds(expectedSeconds + 1)) == expectedSeconds);

    [Fact]
    public void SecondsUntilNextPoll_WhenReadyBeforeTheDeadline_ShouldNoticeItWithinATenthOfItsReadyTimeOrOneSecond() =>
        Cases.Sample(testCase =>
        {
            var polls = Polls(new PollingSchedule(TimeSpan.FromSeconds(testCase.ExpectedSeconds)), testCase.ReadySeconds, testCase.TimeoutSeconds);
            var noticedAt = polls[^1].At;
            var readyAtOrAfterExpected = testCase.ReadySeconds >= testCase.ExpectedSeconds;
            return noticedAt < testCase.ReadySeconds
                || !readyAtOrAfterExpected
                || noticedAt - testCase.ReadySeconds <= Math.Max(PollingSchedule.MinimumWaitSeconds, PollingSchedule.NoticeFraction * testCase.ReadySeconds);
        });

    [Fact]
    public void SecondsUntilNextPoll_WhenReadyByTheExpectedDuration_ShouldNoticeItWithOneDescribe() =>
        Cases.Sample(testCase =>
        {
            var polls = Polls(new PollingSchedule(TimeSpan.FromSeconds(testCase.ExpectedSeconds)), testCase.ReadySeconds, testCase.TimeoutSeconds);
            var describes = polls.Count - 1;
            return testCase.ReadySeconds > testCase.ExpectedSeconds || testCase.TimeoutSeconds < testCase.ExpectedSeconds || describes == 1;
        });
}
