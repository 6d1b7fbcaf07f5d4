using System.Text.RegularExpressions;

namespace StorageOps.Aws.Tests.Support;

/// <summary>The boundary-value generator of the model-driven validation tests, on the patterns the models use.</summary>
public sealed class ModelPatternTests
{
    [Theory]
    [InlineData("^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$", 11)]
    [InlineData("^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$", 128)]
    [InlineData("^(?![aA]{1}[wW]{1}[sS]{1}:)([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$", 128)]
    [InlineData("^[a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-{0,1}[0-9]{0,1}$", 64)]
    [InlineData("^[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}$", 7)]
    [InlineData("^(?!aws:)[a-zA-Z+-=._:/]+$", 1)]
    [InlineData("^[A-Za-z](?!.*--)[A-Za-z0-9-]*(?<!-)$", 63)]
    [InlineData("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+", 2048)]
    public void Sample_WhenTheLengthIsReachable_ShouldMatchThePatternAtExactlyThatLength(string pattern, int length)
    {
        var sample = ModelPattern.Sample(pattern, length);

        Assert.NotNull(sample);
        Assert.Equal(length, sample.Length);
        Assert.Matches(new Regex(pattern), sample);
    }

    [Theory]
    [InlineData("^fsmt-[0-9a-f]{8,40}$", 46)]
    [InlineData("^fsmt-[0-9a-f]{8,40}$", 12)]
    [InlineData("^[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}$", 16)]
    public void Sample_WhenThePatternCannotReachTheLength_ShouldBeNull(string pattern, int length) =>
        Assert.Null(ModelPattern.Sample(pattern, length));

    [Theory]
    [InlineData(".+", "a")]
    [InlineData("^subnet-[0-9a-f]{8,40}$", "subnet-00000000")]
    [InlineData("^(?!aws:)[a-zA-Z+-=._:/]+$", "aaaa")]
    public void Breaking_WhenAProbeLeavesThePattern_ShouldReturnAStringOfTheSameLengthThatDoesNotMatch(string pattern, string valid)
    {
        var broken = ModelPattern.Breaking(pattern, valid);

        Assert.NotNull(broken);
        Assert.Equal(valid.Length, broken.Length);
        Assert.False(ModelPattern.IsMatch(broken, pattern));
    }

    [Fact]
    public void Breaking_WhenThePatternMatchesEverything_ShouldBeNull() =>
        Assert.Null(ModelPattern.Breaking("\\p{ASCII}*", "abc"));
}
