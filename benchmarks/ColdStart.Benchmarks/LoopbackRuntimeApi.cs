using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using StorageOps.Testing;

namespace ColdStart.Benchmarks;

/// <summary>
/// The Lambda Runtime API on 127.0.0.1, serving one armed invocation at a time: the first GET next after
/// <see cref="Arm"/> receives the event, and the runtime's post back completes the armed task with the instant
/// it arrived. Later GET next requests are held open, as Lambda holds them while the sandbox is frozen.
/// </summary>
internal sealed class LoopbackRuntimeApi : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock armLock = new();
    private readonly Task serving;
    private Armed? armed;

    public LoopbackRuntimeApi()
    {
        Address = $"127.0.0.1:{FreeTcpPort.Next()}";
        listener.Prefixes.Add($"http://{Address}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The value of AWS_LAMBDA_RUNTIME_API.</summary>
    public string Address { get; }

    public Task<PostedResult> Arm(string requestId, string eventJson)
    {
        var next = new Armed(requestId, eventJson);
        lock (armLock)
        {
            armed = next;
        }

        return next.Posted.Task;
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
        stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            if (context.Request.HttpMethod == "GET" && context.Request.Url!.AbsolutePath == "/2018-06-01/runtime/invocation/next")
            {
                await ServeNextAsync(context);
                return;
            }

            var arrived = Stopwatch.GetTimestamp();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            Armed? current;
            lock (armLock)
            {
                current = armed;
            }

            current?.Posted.TrySetResult(new PostedResult(arrived, context.Request.Url!.AbsolutePath, context.Request.Headers["Lambda-Runtime-Function-Error-Type"], body));
            await WriteAsync(context, 202, """{"status":"OK"}""");
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The runtime process was killed mid-request; nothing waits for this answer.
        }
    }

    private async Task ServeNextAsync(HttpListenerContext context)
    {
        Armed? toDeliver;
        lock (armLock)
        {
            toDeliver = armed is { Delivered: false } ? armed : null;
            toDeliver?.Deliver();
        }

        if (toDeliver is null)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, stopping.Token);
            }
            catch (OperationCanceledException)
            {
                context.Response.Abort();
            }

            return;
        }

        context.Response.Headers["Lambda-Runtime-Aws-Request-Id"] = toDeliver.RequestId;
        context.Response.Headers["Lambda-Runtime-Deadline-Ms"] = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:123456789012:function:cold-start";
        context.Response.Headers["Lambda-Runtime-Trace-Id"] = "Root=1-5759e988-bd862e3fe1be46a994272793";
        await WriteAsync(context, 200, toDeliver.EventJson);
    }

    private static async Task WriteAsync(HttpListenerContext context, int status, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private sealed class Armed(string requestId, string eventJson)
    {
        public string RequestId { get; } = requestId;

        public string EventJson { get; } = eventJson;

        public bool Delivered { get; private set; }

        public TaskCompletionSource<PostedResult> Posted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Deliver() => Delivered = true;
    }
}
