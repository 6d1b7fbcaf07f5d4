using System.Text;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Hosting;

namespace StorageOps.Functions.Tests.Hosting;

public sealed class EventTextTests
{
    [Fact]
    public void Decode_WhenTheBytesAreUtf8_ShouldReturnTheTextUnchanged()
    {
        Assert.Equal("""{"name":"Zürich ✓"}""", EventText.Decode(Encoding.UTF8.GetBytes("""{"name":"Zürich ✓"}"""), "Echo"));
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0xC3, 0x28, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0xFF, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0xED, 0xA0, 0x80, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0xE2, 0x82 })]
    public void Decode_WhenTheBytesAreNotUtf8_ShouldThrowAValidationErrorNamingTheFunction(byte[] bytes)
    {
        var invalid = Assert.Throws<InvalidInputException>(() => EventText.Decode(bytes, "Echo"));

        Assert.Equal("StorageOps.ValidationError", invalid.ErrorType);
        Assert.StartsWith("Echo: the event is not valid UTF-8", invalid.Message, StringComparison.Ordinal);
    }
}
