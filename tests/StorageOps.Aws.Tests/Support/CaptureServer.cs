using System.Net;
using System.Text;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Support;

/// <summary>
/// A loopback HTTP server that records every request (method, raw path and query, headers, body) and answers with
/// canned responses: served in order, the last one repeating.
/// </summary>
internal sealed class CaptureServer : IAsyncDisposable
{
    private readonly HttpListener listener;
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
        try
        {
            listener.Stop();
        }
        catch (HttpListenerException)
        {
            // The managed HttpListener looks its endpoint up again while stopping and can report "Address already in use"
            // for a port a parallel test just took; pending accepts may then never complete, so the loop is not awaited.
            return;
        }

        try
        {
            listener.Close();
        }
        catch (HttpListenerException)
        {
            // Same lookup as above, after Stop has already ended the loop.
        }

        try
        {
            await loop;
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
        {
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
        while (listener.IsListening)
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

            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
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
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}
