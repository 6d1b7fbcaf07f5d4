using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using StorageOps.Aws.Protocol;

namespace StorageOps.Aws.Tests.Protocol.SigV4;

/// <summary>
/// The signing path every client uses (AWSSDK.Core's <see cref="AWS4Signer"/>, configured by <see cref="ProtocolClientConfig"/>)
/// reproduces the official aws-sig-v4-test-suite vectors: canonical request, string to sign and Authorization, exactly.
/// </summary>
public sealed class SigV4TestSuiteTests
{
    private const string AccessKeyId = "AKIDEXAMPLE";
    private const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static readonly DateTime SigningTime = new(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc);

    public static TheoryData<string> VectorNames =>
    [
        "get-vanilla",
        "get-vanilla-query",
        "get-vanilla-query-order-key-case",
        "get-vanilla-utf8-query",
        "get-utf8",
        "post-vanilla",
        "post-vanilla-query",
        "post-x-www-form-urlencoded",
    ];

    /// <remarks>
    /// AWSSDK.Core also signs <c>x-amz-content-sha256</c> on every request (valid SigV4, which the suite's requests do
    /// not carry), so the canonical request is compared over the headers the vector signs, and the vector's string to
    /// sign and Authorization are computed by AWSSDK.Core from that canonical request.
    /// </remarks>
    [Theory]
    [MemberData(nameof(VectorNames))]
    public void SignRequest_WhenGivenSuiteVector_ShouldProduceTheSuiteCanonicalRequestStringToSignAndAuthorization(string name)
    {
        var vector = SigV4TestVector.Load(name);
        // The suite encodes the path once (as S3 does); every other service double-encodes it, covered below.
        var request = RequestFor(vector, useDoubleEncoding: false);

        var signed = new AWS4Signer().SignRequest(request, SuiteConfig(), null, AccessKeyId, SecretAccessKey, SigningTime);
        var canonicalRequest = CanonicalRequestSigner.CanonicalRequestOf(request, SignedHeadersOf(vector.Authorization));
        var recomputed = AWS4Signer.ComputeSignature(AccessKeyId, SecretAccessKey, "us-east-1", SigningTime, "service", string.Join(';', SignedHeadersOf(vector.Authorization)), canonicalRequest);

        Assert.Equal(vector.CanonicalRequest, canonicalRequest);
        Assert.Equal(vector.StringToSign, StringToSign(canonicalRequest));
        Assert.Equal(vector.Authorization, recomputed.ForAuthorizationHeader);
        Assert.Equal(SignedHeadersOf(vector.Authorization).Append("x-amz-content-sha256").Order(StringComparer.Ordinal), SignedHeadersOf(signed.ForAuthorizationHeader));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(vector.Body)), request.Headers["X-Amz-Content-SHA256"]);
    }

    [Fact]
    public void SignRequest_WhenPathHasUtf8AndDoubleEncodingAsForEveryServiceButS3_ShouldEncodeTheSuiteCanonicalPathOnceMore()
    {
        var vector = SigV4TestVector.Load("get-utf8");
        var request = RequestFor(vector, useDoubleEncoding: true);

        new AWS4Signer().SignRequest(request, SuiteConfig(), null, AccessKeyId, SecretAccessKey, SigningTime);

        var suitePath = vector.CanonicalRequest.Split('\n')[1];
        Assert.Equal("/%E1%88%B4", suitePath);
        Assert.Equal("/%25E1%2588%25B4", CanonicalRequestSigner.CanonicalRequestOf(request, SignedHeadersOf(vector.Authorization)).Split('\n')[1]);
    }

    private static string[] SignedHeadersOf(string authorization) => authorization.Split("SignedHeaders=")[1].Split(',')[0].Split(';');

    private static ProtocolClientConfig SuiteConfig()
    {
        var config = new ProtocolClientConfig(new AwsServiceDescription("service", "service", "service", "2015-08-30"))
        {
            ServiceURL = "https://example.amazonaws.com",
            AuthenticationRegion = "us-east-1",
        };
        return config;
    }

    private static DefaultRequest RequestFor(SigV4TestVector vector, bool useDoubleEncoding)
    {
        var request = new DefaultRequest(new OperationRequest(null!, new object()), "service")
        {
            HttpMethod = vector.Method,
            Endpoint = new Uri("https://example.amazonaws.com"),
            ResourcePath = vector.Path,
            UseQueryString = true,
            UseDoubleEncoding = useDoubleEncoding,
        };
        foreach (var (name, value) in vector.Query)
        {
            request.Parameters[name] = value;
        }

        foreach (var (name, value) in vector.Headers.Where(header => header.Name is not ("Host" or "X-Amz-Date")))
        {
            request.Headers[name] = value;
        }

        if (vector.Body.Length > 0)
        {
            request.Content = vector.Body;
        }

        return request;
    }

    private static string StringToSign(string canonicalRequest) => string.Create(
        CultureInfo.InvariantCulture,
        $"AWS4-HMAC-SHA256\n{SigningTime:yyyyMMdd'T'HHmmss'Z'}\n{SigningTime:yyyyMMdd}/us-east-1/service/aws4_request\n{Convert.ToHexStringLower(AWS4Signer.ComputeHash(canonicalRequest))}");
}
