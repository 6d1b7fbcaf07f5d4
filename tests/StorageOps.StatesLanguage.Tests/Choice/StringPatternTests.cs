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
    [InlineData("a*a", "a", false)]
    [InlineData("a*a", "aa", true)]
    [InlineData("*aa*aa", "aaaa", true)]
    [InlineData("*aa*aa", "aaa", false)]
    [InlineData("*ab*ab*", "xabyab", true)]
    [InlineData("*ab*ab*", "xaby", false)]
    [InlineData("x*", "x", true)]
    [InlineData("*", "", true)]
    public void Matches_WhenPatternHasWildcardsAndEscapes_ShouldFollowTheSpec(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, StringPattern.Matches(pattern, value));
    }

    [Fact]
    public void Matches_WhenTheValueIsLongAndThePatternHasManyStars_ShouldAnswerWithoutRecursion()
    {
        var value = new string('x', 240_000);
        var pattern = string.Concat(Enumerable.Repeat("*x", 1_000));

        Assert.True(StringPattern.Matches(pattern, value));
        Assert.False(StringPattern.Matches(pattern + "y", value));
    }
}
