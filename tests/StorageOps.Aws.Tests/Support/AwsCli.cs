using System.Text.Json;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Support;

/// <summary>
/// The AWS CLI (botocore underneath) against a local endpoint, for setting up what our clients do not create themselves
/// (DB clusters, state machines) with an SDK nobody here wrote.
/// </summary>
internal static class AwsCli
{
    public static async Task<JsonElement> RunAsync(Uri endpoint, params string[] arguments)
    {
        var result = await ExternalProcess.RunAsync(
            "aws",
            [.. arguments, "--endpoint-url", endpoint.ToString().TrimEnd('/'), "--region", "us-east-1", "--output", "json"],
            environment: new Dictionary<string, string>
            {
                ["AWS_ACCESS_KEY_ID"] = "testing",
                ["AWS_SECRET_ACCESS_KEY"] = "testing",
                ["AWS_CONFIG_FILE"] = "/dev/null",
                ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
            },
            timeout: TimeSpan.FromSeconds(60))
            .WithinAsync(Bounded.Process, $"aws {string.Join(' ', arguments)}");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"aws {string.Join(' ', arguments)} failed: {result.Describe()}");
        }

        using var document = JsonDocument.Parse(result.StandardOutput.Length == 0 ? "{}" : result.StandardOutput);
        return document.RootElement.Clone();
    }
}
