using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Rds.Wire;

/// <summary>Sends awsQuery form posts to the simulator the way the SDKs do.</summary>
internal static class RdsQueryRequests
{
    public static async Task<HttpResponseMessage> PostAsync(
        SimulatorHttp http,
        string action,
        IEnumerable<(string Name, string Value)>? parameters = null,
        string region = "us-east-1",
        bool withCredentialScope = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(
                new[] { ("Action", action), ("Version", "2014-10-31") }.Concat(parameters ?? [])
                    .Select(parameter => new KeyValuePair<string, string>(parameter.Item1, parameter.Item2))),
        };
        if (withCredentialScope)
        {
            request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor(region, "rds"));
        }

        return await http.Client.SendAsync(request);
    }
}
