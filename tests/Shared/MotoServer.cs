using System.Diagnostics;
using System.Globalization;
using System.Net.Http;

namespace StorageOps.Testing;

/// <summary>
/// A moto_server process on a free loopback port, for tests that compare against an implementation nobody here wrote.
/// Use as an xunit class or collection fixture; <see cref="ResetAsync"/> empties it between tests.
/// </summary>
public sealed class MotoServer : IAsyncLifetime
{
    private Process? process;

    public Uri Endpoint { get; private set; } = null!;

    public async Task InitializeAsync()
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
        var log = new System.Text.StringBuilder();
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

        process = Process.Start(startInfo) ?? throw new InvalidOperationException("moto_server did not start; is moto[server] installed?");
        process.OutputDataReceived += Watch;
        process.ErrorDataReceived += Watch;
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"moto_server exited early:\n{log}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Endpoint = new Uri($"http://127.0.0.1:{port}");
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
    }

    /// <summary>Empties every moto backend, so one server can serve many tests.</summary>
    public async Task ResetAsync()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(Endpoint, "/moto-api/reset"), null);
        response.EnsureSuccessStatusCode();
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process?.Dispose();
        return Task.CompletedTask;
    }
}
