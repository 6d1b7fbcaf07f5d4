using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Kms;

namespace StorageOps.Simulator.Tests.Kms;

public sealed class KmsKeyringTests
{
    private static readonly AccountRegion Scope = new("123456789012", "us-east-1");

    private readonly KmsKeyring keyring = new([new KmsKeySeed { KeyId = "1234abcd-12ab-34cd-56ef-1234567890ab", Aliases = ["alias/mykey", "alias/other"] }]);

    [Theory]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("alias/mykey")]
    [InlineData("alias/other")]
    [InlineData("arn:aws:kms:us-east-1:123456789012:alias/mykey")]
    public void ResolveKeyArn_WhenAnyFormNamesASeededKey_ShouldReturnItsKeyArn(string keyId)
    {
        Assert.Equal("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", keyring.ResolveKeyArn(Scope, keyId));
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("alias/missing")]
    [InlineData("key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws:kms:us-east-1:999999999999:alias/mykey")]
    public void ResolveKeyArn_WhenNoKeyOfTheScopeIsNamed_ShouldReturnNull(string keyId)
    {
        Assert.Null(keyring.ResolveKeyArn(Scope, keyId));
    }

    [Fact]
    public void ResolveKeyArn_WhenAwsManagedAlias_ShouldReturnAKeyArnStablePerAccountAndRegion()
    {
        var rds = keyring.ResolveKeyArn(Scope, "alias/aws/rds")!;

        Assert.StartsWith("arn:aws:kms:us-east-1:123456789012:key/", rds, StringComparison.Ordinal);
        Assert.Equal(rds, new KmsKeyring([]).ResolveKeyArn(Scope, "alias/aws/rds"));
        Assert.NotEqual(rds, keyring.ResolveKeyArn(Scope, "alias/aws/docdb-elastic"));
        Assert.NotEqual(rds[rds.LastIndexOf('/')..], keyring.ResolveKeyArn(Scope with { Region = "eu-west-1" }, "alias/aws/rds")![rds.LastIndexOf('/')..]);
        Assert.Equal(rds, keyring.ResolveKeyArn(Scope, rds));
    }

    [Fact]
    public void ResolveKeyArn_WhenSeedIsLimitedToARegion_ShouldKnowItOnlyThere()
    {
        var regional = new KmsKeyring([new KmsKeySeed { KeyId = "0987dcba-09fe-87dc-65ba-ab0987654321", Aliases = ["alias/regional"], Region = "eu-west-1" }]);

        Assert.Null(regional.ResolveKeyArn(Scope, "alias/regional"));
        Assert.Equal("arn:aws:kms:eu-west-1:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321", regional.ResolveKeyArn(Scope with { Region = "eu-west-1" }, "alias/regional"));
    }
}
