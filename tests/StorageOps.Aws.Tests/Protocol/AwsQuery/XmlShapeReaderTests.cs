using System.Xml.Linq;
using StorageOps.Aws.Protocol;
using StorageOps.Aws.Protocol.AwsQuery;

namespace StorageOps.Aws.Tests.Protocol.AwsQuery;

/// <summary>Absent elements read as null or empty; text that is not of the member's type names its path.</summary>
public sealed class XmlShapeReaderTests
{
    [Fact]
    public void Readers_WhenElementsAreAbsent_ShouldReadNullOrEmpty()
    {
        var shape = XElement.Parse("<Result/>");

        Assert.Null(shape.String("S"));
        Assert.Null(shape.Int32("I"));
        Assert.Null(shape.Boolean("B"));
        Assert.Null(shape.Timestamp("T"));
        Assert.Null(shape.Object("O", _ => "x"));
        Assert.Empty(shape.StringList("L"));
    }

    [Theory]
    [InlineData("<R><V>maybe</V></R>", "Boolean")]
    [InlineData("<R><V>1.5</V></R>", "Int32")]
    [InlineData("<R><V>x</V></R>", "Int64")]
    [InlineData("<R><V>later</V></R>", "Timestamp")]
    public void Reader_WhenTheTextIsNotOfTheMembersType_ShouldThrowNamingIt(string xml, string reader)
    {
        var shape = XElement.Parse(xml);
        Action read = reader switch
        {
            "Boolean" => () => shape.Boolean("V"),
            "Int32" => () => shape.Int32("V"),
            "Int64" => () => shape.Int64("V"),
            _ => () => shape.Timestamp("V"),
        };

        Assert.Equal("V", Assert.Throws<ResponseMemberException>(read).Member);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData(" 1 ", true)]
    public void Boolean_WhenTheTextIsAnXmlBoolean_ShouldReadIt(string text, bool expected) =>
        Assert.Equal(expected, new XElement("R", new XElement("V", text)).Boolean("V"));
}
