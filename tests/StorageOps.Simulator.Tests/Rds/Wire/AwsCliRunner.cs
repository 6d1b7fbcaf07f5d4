using System.Text.Json.Nodes;
using StorageOps.Testing;

namespace StorageOps.Simulator.Tests.Rds.Wire;

/// <summary>Runs the aws CLI (v1) against an endpoint with throwaway credentials and no user configuration.</summary>
internal static class AwsCliRunner
{
    public static Task<ExternalProcess.Result> RunAsync(Uri endpoint, string region, params string[] arguments) => ExternalProcess.RunAsync(
        "aws",
        ["--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json", .. arguments],
        environment: new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDCLI",
            ["AWS_SECRET_ACCESS_KEY"] = "cli-secret",
            ["AWS_DEFAULT_REGION"] = region,
            ["AWS_REGION"] = region,
            ["AWS_CONFIG_FILE"] = "/dev/null",
            ["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null",
            ["AWS_PAGER"] = string.Empty,
        });

    public static async Task<JsonObject> RunJsonAsync(Uri endpoint, string region, params string[] arguments)
    {
        var result = await RunAsync(endpoint, region, arguments);
        Assert.True(result.ExitCode == 0, result.Describe());
        return result.StandardOutput.Trim().Length == 0 ? [] : JsonNode.Parse(result.StandardOutput)!.AsObject();
    }

    /// <summary>The error code the CLI printed, as in <c>An error occurred (DBClusterNotFoundFault) when calling ...</c>.</summary>
    public static async Task<string> RunFailingAsync(Uri endpoint, string region, params string[] arguments)
    {
        var result = await RunAsync(endpoint, region, arguments);
        Assert.True(result.ExitCode != 0, result.Describe());
        var start = result.StandardError.IndexOf("An error occurred (", StringComparison.Ordinal);
        Assert.True(start >= 0, result.Describe());
        start += "An error occurred (".Length;
        return result.StandardError[start..result.StandardError.IndexOf(')', start)];
    }
}
