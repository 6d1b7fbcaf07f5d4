using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace StorageOps.Aws.Tests.Support;

/// <summary>
/// Recomputes a request's SigV4 signature the way AWS does for every service but S3 (canonical URI = the wire path
/// URI-encoded once more), so two SDKs agree on canonicalisation exactly when both signatures verify.
/// </summary>
internal static partial class SigV4Verifier
{
    public sealed record Authorization(string Algorithm, string AccessKeyId, string Date, string Region, string Service, string[] SignedHeaders, string Signature);

    public static Authorization Parse(string? header)
    {
        Assert.NotNull(header);
        var match = AuthorizationPattern().Match(header);
        Assert.True(match.Success, $"Not a SigV4 Authorization header: {header}");
        return new Authorization(
            match.Groups["algorithm"].Value,
            match.Groups["key"].Value,
            match.Groups["date"].Value,
            match.Groups["region"].Value,
            match.Groups["service"].Value,
            match.Groups["headers"].Value.Split(';'),
            match.Groups["signature"].Value);
    }

    public static string CanonicalUri(CapturedRequest request) =>
        string.Join('/', request.RawPath.Split('/').Select(Uri.EscapeDataString));

    public static string CanonicalRequest(CapturedRequest request, Authorization authorization)
    {
        var query = string.Join('&', request.QueryParameters
            .Select(pair => (Name: Uri.EscapeDataString(pair.Name), Value: Uri.EscapeDataString(pair.Value)))
            .OrderBy(pair => pair.Name, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal)
            .Select(pair => $"{pair.Name}={pair.Value}"));
        var headers = string.Concat(authorization.SignedHeaders.Select(name =>
            $"{name}:{Whitespace().Replace((request.Header(name) ?? string.Empty).Trim(), " ")}\n"));
        var payloadHash = request.Header("x-amz-content-sha256") ?? Convert.ToHexStringLower(SHA256.HashData(request.Body));
        return $"{request.Method}\n{CanonicalUri(request)}\n{query}\n{headers}\n{string.Join(';', authorization.SignedHeaders)}\n{payloadHash}";
    }

    public static void AssertSignatureValid(CapturedRequest request, string secretAccessKey)
    {
        var authorization = Parse(request.Header("Authorization"));
        var amzDate = request.Header("X-Amz-Date");
        Assert.NotNull(amzDate);
        var canonical = CanonicalRequest(request, authorization);
        var scope = $"{authorization.Date}/{authorization.Region}/{authorization.Service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Encoding.UTF8.GetBytes("AWS4" + secretAccessKey);
        foreach (var part in new[] { authorization.Date, authorization.Region, authorization.Service, "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        Assert.True(
            string.Equals(expected, authorization.Signature, StringComparison.Ordinal),
            $"The signature does not verify with the canonical request:\n{canonical}");
        Assert.StartsWith(authorization.Date, amzDate, StringComparison.Ordinal);
        _ = DateTime.ParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?<algorithm>AWS4-HMAC-SHA256) Credential=(?<key>[^/]+)/(?<date>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request,\s*SignedHeaders=(?<headers>[^,]+),\s*Signature=(?<signature>[0-9a-f]{64})$")]
    private static partial Regex AuthorizationPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
