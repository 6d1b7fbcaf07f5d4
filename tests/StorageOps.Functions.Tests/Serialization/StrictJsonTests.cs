using System.Text;
using System.Text.Json;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Tests.Serialization;

public sealed class StrictJsonTests
{
    [Theory]
    [InlineData("""{"requestId":"a","requestId":"b"}""", "The member 'requestId' appears twice in one object, at line 1.")]
    [InlineData("{\n\"tags\":{\"a\":\"1\",\n\"a\":\"2\"}}", "The member 'a' appears twice in one object, at line 3.")]
    [InlineData("""{"requestId":"\ud800"}""", "A string at line 1 is not valid text:")]
    [InlineData("""{"requestId":"\udc00x"}""", "A string at line 1 is not valid text:")]
    [InlineData("""{"\ud800":"x"}""", "A string at line 1 is not valid text:")]
    public void Parse_WhenTextIsNotStrictlyValid_ShouldNameTheProblem(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => StrictJson.Parse(json));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenAStringHoldsARawLoneSurrogate_ShouldNameIt()
    {
        var error = Assert.Throws<JsonException>(() => StrictJson.Parse("{\"requestId\":\"\ud800\"}"));

        Assert.Equal("The JSON text contains a lone UTF-16 surrogate (U+D800) at character 14.", error.Message);
    }

    [Fact]
    public void Parse_WhenBytesAreNotUtf8_ShouldNameTheProblem()
    {
        byte[] json = [.. "{\"requestId\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        var error = Assert.Throws<JsonException>(() => StrictJson.Parse(json));

        Assert.StartsWith("A string at line 1 is not valid text:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenTheSameNameIsInSiblingObjects_ShouldAccept()
    {
        var node = StrictJson.Parse("""{"a":{"id":1},"b":[{"id":2},{"id":3}],"id":"\ud83d\ude00"}""");

        Assert.Equal("\ud83d\ude00", (string?)node!["id"]);
    }

    [Fact]
    public void Parse_WhenBytesStartWithAByteOrderMark_ShouldSkipIt()
    {
        var node = StrictJson.Parse([.. Encoding.UTF8.Preamble, .. """{"requestId":"r"}"""u8]);

        Assert.Equal("r", (string?)node!["requestId"]);
    }

    [Fact]
    public void Deserialize_WhenAMemberIsRepeated_ShouldRejectInsteadOfKeepingTheLast()
    {
        var error = Assert.Throws<JsonException>(() => StrictJson.Deserialize("""{"requestId":"a","requestId":"b"}""", FunctionsJsonContext.Default.ProvisionFileSystemRequest));

        Assert.Contains("'requestId' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_WhenTextIsStrictlyValid_ShouldReadTheRecord()
    {
        var request = StrictJson.Deserialize("""{"requestId":"r-1","tags":{"team":"\u00e9"}}""", FunctionsJsonContext.Default.ProvisionFileSystemRequest);

        Assert.Equal(new ProvisionFileSystemRequest { RequestId = "r-1", Tags = request!.Tags }, request);
        Assert.Equal("\u00e9", request.Tags!["team"]);
    }
}
