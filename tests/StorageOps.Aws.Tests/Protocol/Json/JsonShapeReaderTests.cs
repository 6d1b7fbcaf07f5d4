using System.Text.Json;
using StorageOps.Aws.Protocol;
using StorageOps.Aws.Protocol.Json;

namespace StorageOps.Aws.Tests.Protocol.Json;

/// <summary>Absent members read as null or empty; a member of the wrong type names its path.</summary>
public sealed class JsonShapeReaderTests
{
    [Fact]
    public void Readers_WhenMembersAreAbsentOrNull_ShouldReadNullOrEmpty()
    {
        using var document = JsonDocument.Parse("""{"n":null}""");
        var shape = document.RootElement;

        Assert.Null(shape.String("s"));
        Assert.Null(shape.String("n"));
        Assert.Null(shape.Int32("i"));
        Assert.Null(shape.Boolean("b"));
        Assert.Null(shape.Timestamp("t"));
        Assert.Null(shape.Object("o", _ => "x"));
        Assert.Empty(shape.List("l", JsonShapeReader.StringValue));
        Assert.Empty(shape.StringMap("m"));
    }

    [Theory]
    [InlineData("""{"v":1}""", "String")]
    [InlineData("""{"v":"1"}""", "Int32")]
    [InlineData("""{"v":2147483648}""", "Int32")]
    [InlineData("""{"v":1.5}""", "Int64")]
    [InlineData("""{"v":"true"}""", "Boolean")]
    [InlineData("""{"v":"soon"}""", "Timestamp")]
    [InlineData("""{"v":1e300}""", "Timestamp")]
    [InlineData("""{"v":"x"}""", "Double")]
    [InlineData("""{"v":[]}""", "Object")]
    [InlineData("""{"v":{}}""", "List")]
    [InlineData("""{"v":[]}""", "StringMap")]
    public void Reader_WhenTheMemberHasTheWrongType_ShouldThrowNamingIt(string json, string reader)
    {
        using var document = JsonDocument.Parse(json);
        var shape = document.RootElement;
        Action read = reader switch
        {
            "String" => () => shape.String("v"),
            "Int32" => () => shape.Int32("v"),
            "Int64" => () => shape.Int64("v"),
            "Boolean" => () => shape.Boolean("v"),
            "Timestamp" => () => shape.Timestamp("v"),
            "Double" => () => shape.Double("v"),
            "Object" => () => shape.Object("v", _ => "x"),
            "List" => () => shape.List("v", JsonShapeReader.StringValue),
            _ => () => shape.StringMap("v"),
        };

        var error = Assert.Throws<ResponseMemberException>(read);

        Assert.Equal("v", error.Member);
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
    }

    [Fact]
    public void List_WhenAnElementOfANestedStructureHasTheWrongType_ShouldNameTheWholePath()
    {
        using var document = JsonDocument.Parse("""{"outer":{"items":[{"name":"a"},{"name":false}]}}""");

        var error = Assert.Throws<ResponseMemberException>(
            () => document.RootElement.Object("outer", outer => outer.List("items", item => item.String("name"))));

        Assert.Equal("outer.items[1].name", error.Member);
    }
}
