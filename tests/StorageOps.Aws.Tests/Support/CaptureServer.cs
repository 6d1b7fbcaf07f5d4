using System.Net;
using System.Text;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Support;

/// <summary>
/// A loopback HTTP server that records every request (method, raw path and query, headers, body) and answers with
/// canned responses: served in order, the last one repeating. Every wait is bounded: a request is read and answered
/// within <see cref="RequestTimeout"/>, a client that hangs up mid-answer costs only its own request, and
/// <see cref="DisposeAsync"/> stops the accept loop within <see cref="StopTimeout"/> or fails saying so.
/// </summary>
internal sealed class CaptureServer : IAsyncDisposable
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<CapturedRequest> requests = [];
    private readonly Task loop;
    private IReadOnlyList<CannedResponse> responses = [CannedResponse.Json(200, "{}")];

    public CaptureServer()
    {
        (listener, Endpoint) = StartOnFreePort();
        loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public IReadOnlyList<CapturedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    public void Respond(params CannedResponse[] sequence)
    {
        lock (requests)
        {
            responses = sequence;
        }
    }

    public void Clear()
    {
        lock (requests)
        {
            requests.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The loop waits on this token too: the managed HttpListener can leave a pending accept uncompleted after Stop.
        await stopping.CancelAsync();
        try
        {
            listener.Stop();
            listener.Close();
        }
        catch (HttpListenerException)
        {
            // The managed HttpListener looks its endpoint up again while stopping and can report "Address already in use"
            // for a port a parallel test just took; the cancelled token still ends the loop.
        }

        try
        {
            await loop.WaitAsync(StopTimeout);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"CaptureServer at {Endpoint}: the accept loop did not stop within {StopTimeout.TotalSeconds:0} s of DisposeAsync.", timeout);
        }
        finally
        {
            stopping.Dispose();
        }
    }

    /// <summary>
    /// A port <see cref="FreeTcpPort"/> hands out can be taken by a parallel test before HttpListener binds it, so a
    /// failed bind is retried on another port.
    /// </summary>
    private static (HttpListener Listener, string Endpoint) StartOnFreePort()
    {
        for (var attempt = 1; ; attempt++)
        {
            var endpoint = $"http://127.0.0.1:{FreeTcpPort.Next()}";
            var candidate = new HttpListener();
            candidate.Prefixes.Add(endpoint + "/");
            try
            {
                candidate.Start();
                return (candidate, endpoint);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                try
                {
                    candidate.Close();
                }
                catch (HttpListenerException)
                {
                }
            }
        }
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().WaitAsync(stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var answering = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
            answering.CancelAfter(RequestTimeout);
            try
            {
                await AnswerAsync(context, answering.Token).WaitAsync(answering.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or HttpListenerException or IOException or ObjectDisposedException)
            {
                // This client hung up, stalled or outlived the server; the next request is still answered.
                context.Response.Abort();
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body, cancellationToken);
        var rawUrl = context.Request.RawUrl ?? "/";
        var question = rawUrl.IndexOf('?', StringComparison.Ordinal);
        var captured = new CapturedRequest(
            context.Request.HttpMethod,
            question < 0 ? rawUrl : rawUrl[..question],
            question < 0 ? string.Empty : rawUrl[(question + 1)..],
            new System.Collections.Specialized.NameValueCollection(context.Request.Headers),
            body.ToArray());
        CannedResponse response;
        lock (requests)
        {
            requests.Add(captured);
            response = responses[Math.Min(requests.Count - 1, responses.Count - 1)];
        }

        var bytes = Encoding.UTF8.GetBytes(response.Body);
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes, cancellationToken);
        context.Response.Close();
    }
}
