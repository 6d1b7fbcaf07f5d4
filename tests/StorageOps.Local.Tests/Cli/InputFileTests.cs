using StorageOps.Functions.Errors;
using StorageOps.Local.Cli;

namespace StorageOps.Local.Tests.Cli;

public sealed class InputFileTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"input-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    [Theory]
    [InlineData("""{"requestId":"a","requestId":"b"}""", " is not valid JSON: The member 'requestId' appears twice in one object, at line 1.")]
    [InlineData("""{"requestId":"\ud800"}""", " is not valid JSON: A string at line 1 is not valid text:")]
    [InlineData("{\"requestId\":", " is not valid JSON:")]
    [InlineData("[]", ": a workflow input must be a JSON object, not an array.")]
    [InlineData("null", ": a workflow input must be a JSON object, not null.")]
    [InlineData("\"hello\"", ": a workflow input must be a JSON object, not a string.")]
    [InlineData("1e308", ": a workflow input must be a JSON object, not a number.")]
    [InlineData("false", ": a workflow input must be a JSON object, not a boolean.")]
    public async Task ReadObject_WhenTheFileIsNotAStrictJsonObject_ShouldThrowANamedValidationError(string content, string expected)
    {
        await File.WriteAllTextAsync(path, content);

        var invalid = Assert.Throws<InvalidInputException>(() => InputFile.ReadObject(path));

        Assert.StartsWith(path + expected, invalid.Message, StringComparison.Ordinal);
        Assert.Equal("StorageOps.ValidationError", invalid.ErrorType);
    }

    [Fact]
    public async Task Read_WhenTheFileIsNotUtf8_ShouldThrowANamedValidationError()
    {
        await File.WriteAllBytesAsync(path, [.. "{\"requestId\":\""u8, 0xFF, .. "\"}"u8]);

        var invalid = Assert.Throws<InvalidInputException>(() => InputFile.Read(path));

        Assert.StartsWith($"{path} is not valid JSON: A string at line 1 is not valid text:", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenTheFileIsMissing_ShouldSaySo()
    {
        var missing = Assert.Throws<FileNotFoundException>(() => InputFile.Read(path));

        Assert.Equal($"No input file at {path}.", missing.Message);
    }

    [Fact]
    public async Task ReadObject_WhenTheFileIsAnObject_ShouldReturnIt()
    {
        await File.WriteAllTextAsync(path, """{"requestId":"r-1"}""");

        Assert.Equal("r-1", (string?)InputFile.ReadObject(path)["requestId"]);
    }
}
