using StorageOps.Simulator.Hosting;

namespace StorageOps.Simulator.Tests.Hosting;

public sealed class SimulatorRequestLogTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Snapshot_WhenNothingRecorded_ShouldBeEmptyWithCountZero()
    {
        var log = new SimulatorRequestLog();

        Assert.Equal(0, log.Count);
        Assert.Empty(log.Snapshot());
    }

    [Fact]
    public void Snapshot_WhenRequestsRecorded_ShouldListThemOldestFirst()
    {
        var log = new SimulatorRequestLog();
        var first = new RecordedRequest(RecordedRequest.Efs, "CreateFileSystem", "POST", "/2015-02-01/file-systems", 201, Noon);
        var second = new RecordedRequest(RecordedRequest.Rds, null, "POST", "/", 400, Noon.AddSeconds(1));

        log.Record(first);
        log.Record(second);

        Assert.Equal(2, log.Count);
        Assert.Equal([first, second], log.Snapshot());
    }

    [Fact]
    public void Snapshot_WhenMoreRequestsThanCapacity_ShouldKeepTheNewestAndCountAll()
    {
        var log = new SimulatorRequestLog(capacity: 2);

        for (var second = 0; second < 5; second++)
        {
            log.Record(new RecordedRequest(RecordedRequest.Unknown, null, "GET", $"/{second}", 404, Noon.AddSeconds(second)));
        }

        Assert.Equal(5, log.Count);
        Assert.Equal(["/3", "/4"], log.Snapshot().Select(request => request.Path));
    }

    [Fact]
    public void Constructor_WhenCapacityIsNotPositive_ShouldThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulatorRequestLog(capacity: 0));
    }

    [Fact]
    public async Task Record_WhenCalledFromManyThreadsAtOnce_ShouldLoseNoRequest()
    {
        var log = new SimulatorRequestLog();
        using var start = new Barrier(8);

        var writers = Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            start.SignalAndWait(TimeSpan.FromSeconds(10));
            for (var index = 0; index < 500; index++)
            {
                log.Record(new RecordedRequest(RecordedRequest.Efs, null, "GET", $"/{thread}/{index}", 200, Noon));
                _ = log.Snapshot().Count;
            }
        }));
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(4000, log.Count);
        Assert.Equal(4000, log.Snapshot().Select(request => request.Path).Distinct().Count());
    }
}
