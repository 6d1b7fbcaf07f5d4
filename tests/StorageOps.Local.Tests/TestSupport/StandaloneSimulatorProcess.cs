using System.Diagnostics;
using System.Globalization;
using System.Text;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.TestSupport;

/// <summary>
/// <c>dotnet storageops.dll simulator --port N ...</c> as a real process, started directly or as a background job of a shell
/// (which starts it with SIGINT ignored), up to its "Press Ctrl+C" banner line.
/// </summary>
internal sealed class StandaloneSimulatorProcess : IDisposable
{
    private static readonly TimeSpan StartupBound = TimeSpan.FromSeconds(60);

    private readonly Process process;

    private StandaloneSimulatorProcess(Process process, int simulatorProcessId, int port, string banner)
    {
        this.process = process;
        SimulatorProcessId = simulatorProcessId;
        Port = port;
        Banner = banner;
    }

    public int Port { get; }

    public string Banner { get; }

    /// <summary>The simulator's own process: the started process, or the shell's background job.</summary>
    public int SimulatorProcessId { get; }

    public static async Task<StandaloneSimulatorProcess> StartAsync(IEnumerable<string> options, bool asBackgroundJobOfAShell = false)
    {
        var port = FreeTcpPort.Next();
        var dll = Path.Combine(AppContext.BaseDirectory, "storageops.dll");
        string[] command = ["simulator", "--port", port.ToString(CultureInfo.InvariantCulture), .. options];
        var startInfo = asBackgroundJobOfAShell ? new ProcessStartInfo("/bin/sh") : new ProcessStartInfo("dotnet");
        string[] arguments = asBackgroundJobOfAShell
            ? ["-c", "dotnet \"$@\" & echo \"simulator pid $!\"; wait $!", "sh", dll, .. command]
            : [dll, .. command];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the simulator process.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var banner = new StringBuilder();
        var served = false;
        var simulatorProcessId = asBackgroundJobOfAShell ? 0 : process.Id;
        using var startup = new CancellationTokenSource(StartupBound);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(startup.Token) is { } line)
            {
                if (line.StartsWith("simulator pid ", StringComparison.Ordinal))
                {
                    simulatorProcessId = int.Parse(line["simulator pid ".Length..], CultureInfo.InvariantCulture);
                }
                else
                {
                    banner.AppendLine(line);
                    served |= line.StartsWith("Press Ctrl+C", StringComparison.Ordinal);
                }

                if (served && simulatorProcessId != 0)
                {
                    return new StandaloneSimulatorProcess(process, simulatorProcessId, port, banner.ToString());
                }
            }
        }
        catch
        {
            Kill(process, simulatorProcessId);
            process.Dispose();
            throw;
        }

        Kill(process, simulatorProcessId);
        process.Dispose();
        throw new InvalidOperationException($"The simulator stopped before serving:\n{banner}");
    }

    /// <summary>Sends a signal such as <c>TERM</c> or <c>INT</c> to the simulator with kill(1).</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, SimulatorProcessId.ToString(CultureInfo.InvariantCulture) } })
            ?? throw new InvalidOperationException("Could not run kill.");
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await kill.WaitForExitAsync(bound.Token);
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>How long the process took to exit, and its exit code; null when it was still running after <paramref name="bound"/>.</summary>
    public async Task<(TimeSpan Elapsed, int ExitCode)?> WaitForExitAsync(TimeSpan bound)
    {
        var stopwatch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return (stopwatch.Elapsed, process.ExitCode);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        Kill(process, SimulatorProcessId);
        process.Dispose();
    }

    private static void Kill(Process process, int simulatorProcessId)
    {
        if (simulatorProcessId != 0 && simulatorProcessId != process.Id)
        {
            try
            {
                using var simulator = Process.GetProcessById(simulatorProcessId);
                simulator.Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
