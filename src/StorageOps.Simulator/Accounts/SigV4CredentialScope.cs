namespace StorageOps.Simulator.Accounts;

/// <summary>
/// The credential scope of a SigV4 request (<c>AKID/20260101/us-east-1/elasticfilesystem/aws4_request</c>),
/// read from the Authorization header or a presigned URL. Signatures are not verified.
/// </summary>
public sealed record SigV4CredentialScope(string AccessKeyId, string Date, string Region, string Service)
{
    private const string CredentialField = "Credential=";

    public static SigV4CredentialScope? FromAuthorizationHeader(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return null;
        }

        var start = authorization.IndexOf(CredentialField, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += CredentialField.Length;
        var end = authorization.IndexOfAny([',', ' '], start);
        return Parse(end < 0 ? authorization[start..] : authorization[start..end]);
    }

    /// <summary>Parses the value of a <c>Credential=</c> field or an <c>X-Amz-Credential</c> query parameter.</summary>
    public static SigV4CredentialScope? Parse(string? credential)
    {
        var parts = credential?.Split('/');
        if (parts is not { Length: 5 } || parts[4] != "aws4_request" || parts.Any(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        return new SigV4CredentialScope(parts[0], parts[1], parts[2], parts[3]);
    }
}
