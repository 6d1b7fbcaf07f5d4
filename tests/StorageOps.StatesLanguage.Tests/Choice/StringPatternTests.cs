using StorageOps.StatesLanguage.Choice;

namespace StorageOps.StatesLanguage.Tests.Choice;

public sealed class StringPatternTests
{
    [Theory]
    [InlineData("log-*.txt", "log-2026.txt", true)]
    [InlineData("log-*.txt", "log-.txt", true)]
    [InlineData("log-*.txt", "log-1.csv", false)]
    [InlineData("*.log", "a.log.old", false)]
    [InlineData(@"star\*", "star*", true)]
    [InlineData(@"star\*", "starry", false)]
    [InlineData(@"back\\slash*", @"back\slash and more", true)]
    [InlineData("**a", "a", true)]
    [InlineData("", "", true)]
    [InlineData("", "x", false)]
    public void Matches_WhenPatternHasWildcardsAndEscapes_ShouldFollowTheSpec(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, StringPattern.Matches(pattern, value));
    }
}
