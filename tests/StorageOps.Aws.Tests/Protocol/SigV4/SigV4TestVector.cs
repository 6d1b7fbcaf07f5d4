using System.Text;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Protocol.SigV4;

/// <summary>One case of the aws-sig-v4-test-suite as committed under <c>vectors/</c>: the request and the three expected outputs.</summary>
internal sealed record SigV4TestVector(
    string Name,
    string Method,
    string Path,
    IReadOnlyList<(string Name, string Value)> Query,
    IReadOnlyList<(string Name, string Value)> Headers,
    byte[] Body,
    string CanonicalRequest,
    string StringToSign,
    string Authorization)
{
    public static string Directory => RepositoryPaths.Combine("tests", "StorageOps.Aws.Tests", "Protocol", "SigV4", "vectors");

    public static SigV4TestVector Load(string name)
    {
        string Read(string extension) => File.ReadAllText(System.IO.Path.Combine(Directory, name, $"{name}.{extension}"), Encoding.UTF8);

        var request = Read("req");
        var separator = request.IndexOf("\n\n", StringComparison.Ordinal);
        var head = request[..separator].Split('\n');
        var body = request[(separator + 2)..];
        var requestLine = head[0].Split(' ');
        var target = requestLine[1];
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var query = question < 0
            ? []
            : target[(question + 1)..].Split('&').Select(pair => pair.Split('=', 2)).Select(parts => (parts[0], parts.Length > 1 ? parts[1] : string.Empty)).ToList();
        var headers = head.Skip(1).Select(line => line.Split(':', 2)).Select(parts => (parts[0], parts[1])).ToList();
        return new SigV4TestVector(
            name,
            requestLine[0],
            question < 0 ? target : target[..question],
            query,
            headers,
            Encoding.UTF8.GetBytes(body),
            Read("creq"),
            Read("sts"),
            Read("authz"));
    }
}
