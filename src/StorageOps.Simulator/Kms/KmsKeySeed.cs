namespace StorageOps.Simulator.Kms;

/// <summary>A customer managed KMS key (and its aliases) that exists in every account and region, or only in the given ones.</summary>
public sealed record KmsKeySeed
{
    /// <summary>The key id, a UUID such as <c>1234abcd-12ab-34cd-56ef-1234567890ab</c>.</summary>
    public required string KeyId { get; init; }

    /// <summary>Alias names, each starting with <c>alias/</c>.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The one region the key is in; null for every region.</summary>
    public string? Region { get; init; }

    /// <summary>The one account the key is in; null for every account.</summary>
    public string? AccountId { get; init; }

    /// <summary>False for a disabled key: it exists (its alias resolves), but services cannot encrypt with it.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The key the AWS documentation uses in its examples, as <c>alias/storageops</c>.</summary>
    public static IReadOnlyList<KmsKeySeed> Defaults { get; } =
    [
        new KmsKeySeed { KeyId = "1234abcd-12ab-34cd-56ef-1234567890ab", Aliases = ["alias/storageops"] },
    ];
}
