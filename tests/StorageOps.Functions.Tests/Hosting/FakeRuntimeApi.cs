using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using StorageOps.Testing;

namespace StorageOps.Functions.Tests.Hosting;

/// <summary>
/// The Lambda Runtime API on loopback, as the Lambda service presents it to a custom runtime: it hands out queued
/// events on GET next and records what the runtime posts back.
/// </summary>
internal sealed class FakeRuntimeApi : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<(string RequestId, byte[] Body, long DeadlineMs)> events = new();
    private readonly SemaphoreSlim available = new(0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;

    public FakeRuntimeApi()
    {
        var port = FreeTcpPort.Next();
        Address = $"127.0.0.1:{port}";
        listener.Prefixes.Add($"http://{Address}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public string Address { get; }

    public BlockingCollection<PostedResult> Posted { get; } = [];

    public void Enqueue(string requestId, string body, long deadlineMs = 4_102_444_800_000) =>
        Enqueue(requestId, Encoding.UTF8.GetBytes(body), deadlineMs);

    /// <summary>Queues an event exactly as these bytes, valid UTF-8 or not.</summary>
    public void Enqueue(string requestId, byte[] body, long deadlineMs = 4_102_444_800_000)
    {
        events.Enqueue((requestId, body, deadlineMs));
        available.Release();
    }

    public PostedResult NextPosted() =>
        Posted.TryTake(out var posted, TimeSpan.FromSeconds(30)) ? posted : throw new TimeoutException("The runtime posted nothing.");

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        listener.Close();
        try
        {
            serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        stopping.Dispose();
        available.Dispose();
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
        var path = context.Request.Url!.AbsolutePath;
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        if (context.Request.HttpMethod == "GET" && path == "/2018-06-01/runtime/invocation/next")
        {
            try
            {
                await available.WaitAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                context.Response.Abort();
                return;
            }

            events.TryDequeue(out var next);
            context.Response.Headers["Lambda-Runtime-Aws-Request-Id"] = next.RequestId;
            context.Response.Headers["Lambda-Runtime-Deadline-Ms"] = next.DeadlineMs.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:123456789012:function:f";
            context.Response.Headers["Lambda-Runtime-Trace-Id"] = "Root=1-5759e988-bd862e3fe1be46a994272793";
            await WriteAsync(context, 200, next.Body);
            return;
        }

        Posted.Add(new PostedResult(context.Request.HttpMethod, path, context.Request.Headers["Lambda-Runtime-Function-Error-Type"], context.Request.ContentType, body));
        await WriteAsync(context, 202, """{"status":"OK"}""");
    }

    private static Task WriteAsync(HttpListenerContext context, int status, string body) =>
        WriteAsync(context, status, Encoding.UTF8.GetBytes(body));

    private static async Task WriteAsync(HttpListenerContext context, int status, byte[] bytes)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    internal sealed record PostedResult(string Method, string Path, string? ErrorType, string? ContentType, string Body);
}
