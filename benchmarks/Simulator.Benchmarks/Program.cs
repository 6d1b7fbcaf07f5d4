using System.Diagnostics;
using System.Globalization;
using Simulator.Benchmarks;
using StorageOps.Simulator;
using StorageOps.Testing;

// Requests per second on loopback: the StorageOps simulator against moto_server, on the same request mix, in one run.
// Usage: dotnet run -c Release --project benchmarks/Simulator.Benchmarks [-- --requests N --concurrency C]
// EFS allows 1,000 file systems per region and a quarter of the mix creates one: stay below that.
var requests = Math.Min(Option("--requests", 3000), 3600);
var concurrency = Option("--concurrency", 8);

await using var simulator = new AwsSimulator(new SimulatorOptions());
await simulator.StartAsync();
await using var moto = await MotoServerProcess.StartAsync();

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency });
var ours = await MeasureAsync("storageops simulator", simulator.Endpoint);
var motos = await MeasureAsync("moto_server", moto.Endpoint);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio: {ours / motos:0.0}x moto_server's throughput (goal: at least 5x)"));
return 0;

async Task<double> MeasureAsync(string name, Uri endpoint)
{
    var warmup = new RequestMix(http, endpoint, $"warmup-{Guid.NewGuid():N}"[..16]);
    for (var sequence = 0; sequence < 100; sequence++)
    {
        await warmup.SendAsync(sequence);
    }

    var mix = new RequestMix(http, endpoint, $"run-{Guid.NewGuid():N}"[..16]);

    var next = 0;
    var stopwatch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int sequence;
        while ((sequence = Interlocked.Increment(ref next)) <= requests)
        {
            await mix.SendAsync(sequence);
        }
    }));
    stopwatch.Stop();
    var perSecond = requests / stopwatch.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {requests} requests, concurrency {concurrency}: {stopwatch.Elapsed.TotalSeconds:0.00} s, {perSecond:0} requests/s"));
    return perSecond;
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
