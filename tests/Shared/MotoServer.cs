using System.Net.Http;

namespace StorageOps.Testing;

/// <summary>
/// moto_server as an xunit class or collection fixture, for tests that compare against an implementation nobody
/// here wrote; <see cref="ResetAsync"/> empties it between tests.
/// </summary>
public sealed class MotoServer : IAsyncLifetime
{
    private MotoServerProcess? process;

    public Uri Endpoint => process?.Endpoint ?? throw new InvalidOperationException("moto_server has not been started.");

    public async Task InitializeAsync() => process = await MotoServerProcess.StartAsync();

    /// <summary>Empties every moto backend, so one server can serve many tests.</summary>
    public async Task ResetAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsync(new Uri(Endpoint, "/moto-api/reset"), null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Makes moto run state machine executions with its ASL interpreter (off by default: executions then only record
    /// their input), the equivalent of <c>@mock_aws(config={"stepfunctions": {"execute_state_machine": True}})</c>.
    /// </summary>
    public async Task EnableStepFunctionsExecutionAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var body = new StringContent("""{"stepfunctions": {"execute_state_machine": true}}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(Endpoint, "/moto-api/config"), body);
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        if (process is not null)
        {
            await process.DisposeAsync();
        }
    }
}
