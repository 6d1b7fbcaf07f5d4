namespace StorageOps.Aws.Tests.Support;

/// <summary>
/// Sends the same input through the official AWS SDK for JavaScript v3 and through our client to one capture server,
/// and returns both requests for comparison.
/// </summary>
internal static class WireCapture
{
    /// <param name="sendOurs">Sends the input through our client, given the capture server's endpoint.</param>
    public static async Task<(CapturedRequest Official, CapturedRequest Ours)> BothAsync(
        string service, string region, string operation, string input, CannedResponse response, Func<string, Task> sendOurs)
    {
        await using var server = new CaptureServer();
        server.Respond(response);

        await OfficialJavaScriptSdk.SendAsync(service, region, server.Endpoint, operation, input);
        await sendOurs(server.Endpoint);

        Assert.Equal(2, server.Requests.Count);
        return (server.Requests[0], server.Requests[1]);
    }

    /// <summary>The content type without parameters such as <c>charset</c>.</summary>
    public static string? MediaType(CapturedRequest request) => request.Header("Content-Type")?.Split(';')[0].Trim();
}
