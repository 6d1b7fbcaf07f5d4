using System.IO.Compression;
using System.Text.Json;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Support;

/// <summary>The official service models shipped with the machine's botocore.</summary>
internal static class Botocore
{
    private static readonly Lazy<Task<string>> DataDirectory = new(async () =>
    {
        var result = await ExternalProcess.RunAsync("python3", ["-c", "import botocore,os;print(os.path.dirname(botocore.__file__))"], timeout: TimeSpan.FromSeconds(60))
            .WithinAsync(Bounded.Process, "python3 (finding botocore)");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"botocore not found: {result.Describe()}");
        }

        return Path.Combine(result.StandardOutput.Trim(), "data");
    });

    /// <summary>The first example of <paramref name="operation"/> in data/<paramref name="service"/>/<paramref name="version"/>/examples-1.json.</summary>
    public static async Task<JsonElement> ExampleAsync(string service, string version, string operation)
    {
        var path = Path.Combine(await DataDirectory.Value, service, version, "examples-1.json");
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        return document.RootElement.GetProperty("examples").GetProperty(operation)[0].Clone();
    }

    /// <summary>data/<paramref name="service"/>/<paramref name="version"/>/service-2.json (botocore ships it gzipped in newer releases).</summary>
    public static async Task<JsonElement> ServiceModelAsync(string service, string version)
    {
        var plain = Path.Combine(await DataDirectory.Value, service, version, "service-2.json");
        await using Stream stream = File.Exists(plain)
            ? File.OpenRead(plain)
            : new GZipStream(File.OpenRead(plain + ".gz"), CompressionMode.Decompress);
        using var document = await JsonDocument.ParseAsync(stream);
        return document.RootElement.Clone();
    }
}
