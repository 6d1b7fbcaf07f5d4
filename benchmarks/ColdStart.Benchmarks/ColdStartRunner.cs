using System.Diagnostics;
using System.Globalization;

namespace ColdStart.Benchmarks;

/// <summary>
/// Starts a published assembly as the <c>dotnet10</c> managed runtime does in executable-assembly mode
/// (<c>dotnet exec</c> with AWS_LAMBDA_RUNTIME_API set) and times process start to its first answer.
/// </summary>
internal sealed class ColdStartRunner
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly LoopbackRuntimeApi runtimeApi;
    private readonly IReadOnlyDictionary<string, string> sharedEnvironment;
    private int starts;

    public ColdStartRunner(LoopbackRuntimeApi runtimeApi, IReadOnlyDictionary<string, string> sharedEnvironment)
    {
        this.runtimeApi = runtimeApi;
        this.sharedEnvironment = sharedEnvironment;
    }

    /// <returns>Wall time from process start to the first answer, and the processor time the process had used by then.</returns>
    public async Task<(TimeSpan Elapsed, TimeSpan ProcessorTime)> StartOnceAsync(ColdStartCase coldStart)
    {
        var requestId = $"cold-{Interlocked.Increment(ref starts).ToString("D4", CultureInfo.InvariantCulture)}";
        var posted = runtimeApi.Arm(requestId, coldStart.EventJson);
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", coldStart.Assembly },
            WorkingDirectory = Path.GetDirectoryName(coldStart.Assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApi.Address;
        foreach (var (key, value) in sharedEnvironment.Concat(coldStart.Environment))
        {
            startInfo.Environment[key] = value;
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(StartTimeout);
            var exited = process.WaitForExitAsync(timeout.Token);
            if (await Task.WhenAny(posted, exited) == exited)
            {
                await exited;
                throw new InvalidOperationException($"{coldStart.Name}: the process exited with code {process.ExitCode} before answering:\n{await output}\n{await errors}");
            }

            var result = await posted;
            if (!result.Path.EndsWith(coldStart.ExpectedPathSuffix, StringComparison.Ordinal) || result.ErrorType != coldStart.ExpectedErrorType)
            {
                throw new InvalidOperationException($"{coldStart.Name}: expected a post to .../{coldStart.ExpectedPathSuffix} with error type '{coldStart.ExpectedErrorType}', got {result.Path} '{result.ErrorType}': {result.Body}");
            }

            return (Stopwatch.GetElapsedTime(started, result.ArrivedAt), process.TotalProcessorTime);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{coldStart.Name}: no answer within {StartTimeout.TotalSeconds} s.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            using var killed = new CancellationTokenSource(StartTimeout);
            await process.WaitForExitAsync(killed.Token);
            await Task.WhenAll(output, errors);
        }
    }
}
