using System.Security.Cryptography;
using System.Text;
using StorageOps.Simulator.Accounts;

namespace StorageOps.Simulator.Kms;

/// <summary>
/// The KMS keys a caller can use in an account and region: the seeded customer managed keys, and the AWS managed keys
/// (<c>alias/aws/rds</c>, <c>alias/aws/docdb-elastic</c>, <c>alias/aws/elasticfilesystem</c>) whose ids are stable per account and region.
/// Services accept a key id, a key ARN, an alias name or an alias ARN, and record the key ARN.
/// </summary>
public sealed class KmsKeyring(IReadOnlyList<KmsKeySeed> customerKeys)
{
    public static readonly IReadOnlyList<string> AwsManagedAliases = ["alias/aws/rds", "alias/aws/docdb-elastic", "alias/aws/elasticfilesystem"];

    /// <summary>The ARN of the key <paramref name="keyId"/> names in <paramref name="scope"/>, or null when no such key exists there.</summary>
    public string? ResolveKeyArn(AccountRegion scope, string keyId)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        var prefix = $"arn:aws:kms:{scope.Region}:{scope.AccountId}:";
        var local = keyId.StartsWith("arn:", StringComparison.Ordinal)
            ? keyId.StartsWith(prefix, StringComparison.Ordinal) ? keyId[prefix.Length..] : null
            : keyId.StartsWith("alias/", StringComparison.Ordinal) ? keyId : "key/" + keyId;
        if (local is null)
        {
            return null;
        }

        foreach (var (id, aliases) in KeysIn(scope))
        {
            if (local == "key/" + id || aliases.Contains(local, StringComparer.Ordinal))
            {
                return prefix + "key/" + id;
            }
        }

        return null;
    }

    private IEnumerable<(string KeyId, IReadOnlyList<string> Aliases)> KeysIn(AccountRegion scope)
    {
        foreach (var alias in AwsManagedAliases)
        {
            yield return (AwsManagedKeyId(alias, scope), [alias]);
        }

        foreach (var seed in customerKeys)
        {
            if ((seed.Region ?? scope.Region) == scope.Region && (seed.AccountId ?? scope.AccountId) == scope.AccountId)
            {
                yield return (seed.KeyId, seed.Aliases);
            }
        }
    }

    private static string AwsManagedKeyId(string alias, AccountRegion scope)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{alias}:{scope.AccountId}:{scope.Region}"));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
