using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Tests.Paths;

public sealed class JsonPathTests
{
    private static readonly JsonNode Document = JsonNode.Parse("""{"a":{"b":[10,{"c d":"deep"}]},"n":null,"x.y":1}""")!;

    [Theory]
    [InlineData("$", """{"a":{"b":[10,{"c d":"deep"}]},"n":null,"x.y":1}""")]
    [InlineData("$.a.b[0]", "10")]
    [InlineData("$.a.b[1]['c d']", "\"deep\"")]
    [InlineData("$['a'][\"b\"][1]", """{"c d":"deep"}""")]
    [InlineData("$['x.y']", "1")]
    [InlineData("$.n", "null")]
    public void TryEvaluate_WhenThePathExists_ShouldReturnTheValue(string path, string expected)
    {
        Assert.True(JsonPath.Parse(path).TryEvaluate(Document, out var value));
        Assert.Equal(expected, JsonValues.Serialize(value));
    }

    [Theory]
    [InlineData("$.missing")]
    [InlineData("$.a.b[2]")]
    [InlineData("$.a.b.c")]
    [InlineData("$.a[0]")]
    public void TryEvaluate_WhenThePathDoesNotExist_ShouldReturnFalse(string path)
    {
        Assert.False(JsonPath.Parse(path).TryEvaluate(Document, out _));
    }

    [Theory]
    [InlineData("a.b", "must start with '$'")]
    [InlineData("$..a", "recursive descent ('..') is not supported")]
    [InlineData("$.a[*]", "wildcards ('[*]') are not supported yet")]
    [InlineData("$.*", "wildcards ('*') are not supported yet")]
    [InlineData("$.a[?(@.b)]", "filter expressions ('[?(...)]') are not supported")]
    [InlineData("$.a[1:2]", "slices and unions ('[a:b]', '[a,b]') are not supported yet")]
    [InlineData("$.a[-1]", "has an invalid index '[-1]' (expected a non-negative integer)")]
    [InlineData("$.a.", "has an empty property name")]
    [InlineData("$a", "has an unexpected character 'a' at position 1")]
    [InlineData("$['a'", "has an unterminated quoted property name")]
    public void TryParse_WhenThePathIsOutsideTheSupportedSubset_ShouldExplainWhy(string path, string expectedError)
    {
        Assert.False(JsonPath.TryParse(path, out _, out var error));
        Assert.Equal(expectedError, error);
    }

    [Fact]
    public void Parse_WhenThePathStartsWithDoubleDollar_ShouldMarkItAsAContextPath()
    {
        var path = JsonPath.Parse("$$.Execution.Id");

        Assert.True(path.IsContextPath);
        Assert.Equal(["Execution", "Id"], path.Segments.Select(segment => segment.Property));
    }
}
