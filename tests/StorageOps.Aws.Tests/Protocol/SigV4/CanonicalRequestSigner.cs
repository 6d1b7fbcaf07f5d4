using System.Security.Cryptography;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace StorageOps.Aws.Tests.Protocol.SigV4;

/// <summary>AWSSDK.Core's <see cref="AWS4Signer"/>, with its own (protected) canonicalisation opened up to rebuild the canonical request it signed.</summary>
internal sealed class CanonicalRequestSigner : AWS4Signer
{
    /// <summary>The canonical request AWSSDK.Core builds for a signed <paramref name="request"/> over <paramref name="signedHeaders"/>.</summary>
    public static string CanonicalRequestOf(IRequest request, IReadOnlyCollection<string> signedHeaders)
    {
        var headers = request.Headers
            .Where(header => signedHeaders.Contains(header.Key.ToLowerInvariant()))
            .ToDictionary(header => header.Key, header => header.Value);
        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(request.Content ?? []));
        return CanonicalizeRequest(
            request.Endpoint,
            request.ResourcePath,
            request.HttpMethod,
            SortAndPruneHeaders(headers),
            CanonicalizeQueryParameters(GetParametersToCanonicalize(request), true),
            bodyHash,
            request.PathResources,
            request.UseDoubleEncoding);
    }
}
