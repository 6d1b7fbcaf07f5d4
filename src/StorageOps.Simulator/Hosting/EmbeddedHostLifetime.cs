using Microsoft.Extensions.Hosting;

namespace StorageOps.Simulator.Hosting;

/// <summary>
/// The simulator's web host lives inside another program (a test, the CLI), so it leaves the process's signals alone: the default
/// console lifetime would swallow SIGTERM and SIGINT to stop only the simulator, leaving its host program running.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
