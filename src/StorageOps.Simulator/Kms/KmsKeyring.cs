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

        foreach (var (id, aliases, _) in KeysIn(scope))
        {
            if (local == "key/" + id || aliases.Contains(local, StringComparer.Ordinal))
            {
                return prefix + "key/" + id;
            }
        }

        return null;
    }

    /// <summary>Whether the key <paramref name="keyId"/> names in <paramref name="scope"/> exists and is enabled, so a service can encrypt with it.</summary>
    public bool IsUsable(AccountRegion scope, string keyId)
    {
        var arn = ResolveKeyArn(scope, keyId);
        return arn is not null && KeysIn(scope).First(key => arn.EndsWith("key/" + key.KeyId, StringComparison.Ordinal)).Enabled;
    }

    private IEnumerable<(string KeyId, IReadOnlyList<string> Aliases, bool Enabled)> KeysIn(AccountRegion scope)
    {
        foreach (var alias in AwsManagedAliases)
        {
            yield return (AwsManagedKeyId(alias, scope), [alias], true);
        }

        foreach (var seed in customerKeys)
        {
            if ((seed.Region ?? scope.Region) == scope.Region && (seed.AccountId ?? scope.AccountId) == scope.AccountId)
            {
                yield return (seed.KeyId, seed.Aliases, seed.Enabled);
            }
        }
    }

    private static string AwsManagedKeyId(string alias, AccountRegion scope)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{alias}:{scope.AccountId}:{scope.Region}"));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
