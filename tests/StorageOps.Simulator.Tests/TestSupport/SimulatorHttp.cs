using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace StorageOps.Simulator.Tests.TestSupport;

/// <summary>A started simulator on a manual clock and an HttpClient that signs nothing but carries a SigV4-shaped credential scope.</summary>
internal sealed class SimulatorHttp : IAsyncDisposable
{
    private SimulatorHttp(AwsSimulator simulator, ManualTimeProvider clock)
    {
        Simulator = simulator;
        Clock = clock;
        Client = new HttpClient { BaseAddress = simulator.Endpoint };
    }

    public AwsSimulator Simulator { get; }

    public ManualTimeProvider Clock { get; }

    public HttpClient Client { get; }

    public static async Task<SimulatorHttp> StartAsync(Func<SimulatorOptions, SimulatorOptions>? configure = null)
    {
        var clock = new ManualTimeProvider();
        var options = new SimulatorOptions { TimeProvider = clock };
        var simulator = new AwsSimulator(configure is null ? options : configure(options));
        await simulator.StartAsync();
        return new SimulatorHttp(simulator, clock);
    }

    public static string AuthorizationFor(string region, string service = "elasticfilesystem") =>
        $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/{region}/{service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000";

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? jsonBody = null, string region = "us-east-1")
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", AuthorizationFor(region));
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return await Client.SendAsync(request);
    }

    public async Task<JsonObject> CreateFileSystemAsync(string creationToken, string region = "us-east-1")
    {
        using var response = await SendAsync(HttpMethod.Post, "/2015-02-01/file-systems", $$"""{"CreationToken":"{{creationToken}}"}""", region);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await ReadObjectAsync(response);
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
