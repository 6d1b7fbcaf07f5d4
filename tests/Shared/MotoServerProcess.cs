using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StorageOps.Testing;

/// <summary>A moto_server process on a free loopback port, ready once it says it is listening.</summary>
public sealed class MotoServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private MotoServerProcess(Process process, Uri endpoint)
    {
        this.process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<MotoServerProcess> StartAsync()
    {
        var port = FreeTcpPort.Next();
        var startInfo = new ProcessStartInfo("moto_server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-H", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture) })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new StringBuilder();
        void Watch(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(line.Data);
            }

            if (line.Data.Contains("Running on", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("moto_server did not start; is moto[server] installed?");
        process.OutputDataReceived += Watch;
        process.ErrorDataReceived += Watch;
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"moto_server exited early:\n{log}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new MotoServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException("moto_server did not exit within 30 s of being killed.");
            }
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }
}
