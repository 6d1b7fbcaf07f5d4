using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StorageOps.Simulator.Accounts;

namespace StorageOps.Simulator.Efs;

/// <summary>Turns the KMS key forms EFS accepts into the ARN it reports.</summary>
internal static partial class KmsKeyArns
{
    public static bool IsValidKeyId(string keyId) => KmsKeyIdPattern().IsMatch(keyId);

    public static string ToArn(string keyId, AccountRegion scope) => keyId.StartsWith("arn:", StringComparison.Ordinal)
        ? keyId
        : keyId.StartsWith("alias/", StringComparison.Ordinal)
            ? $"arn:aws:kms:{scope.Region}:{scope.AccountId}:{keyId}"
            : $"arn:aws:kms:{scope.Region}:{scope.AccountId}:key/{keyId}";

    /// <summary>The AWS managed key <c>aws/elasticfilesystem</c>, with an id that is stable per account and region.</summary>
    public static string DefaultEfsKeyArn(AccountRegion scope)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"aws/elasticfilesystem:{scope.AccountId}:{scope.Region}"));
        var keyId = new Guid(hash.AsSpan(0, 16)).ToString("D");
        return $"arn:aws:kms:{scope.Region}:{scope.AccountId}:key/{keyId}";
    }

    // The KmsKeyId pattern of the EFS service model.
    [GeneratedRegex(@"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|alias/[a-zA-Z0-9/_-]+|(arn:aws[-a-z]*:kms:[a-z0-9-]+:\d{12}:((key/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|(key/mrk-[0-9a-f]{32})|(alias/[a-zA-Z0-9/_-]+))))$")]
    private static partial Regex KmsKeyIdPattern();
}
