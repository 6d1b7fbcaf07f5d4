namespace StorageOps.Functions.Polling;

/// <summary>
/// How long to wait before the next describe: short while a resource is young (most become ready within a
/// minute), longer later, so long waits cost few invocations and state transitions.
/// </summary>
public static class PollingSchedule
{
    public static int SecondsUntilNextPoll(TimeSpan age) => age switch
    {
        _ when age < TimeSpan.FromMinutes(1) => 5,
        _ when age < TimeSpan.FromMinutes(5) => 15,
        _ => 30,
    };
}
