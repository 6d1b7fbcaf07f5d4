using StorageOps.Local.Runner;

namespace StorageOps.Local.Tests.Runner;

public sealed class LocalFunctionLogTests
{
    [Fact]
    public async Task Lines_WhenFunctionsWroteConcurrently_ShouldReturnEveryStructuredLineAndSkipPlainText()
    {
        var log = new LocalFunctionLog();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(index => Task.Run(() => log.Writer.WriteLine($$"""{"messageId":"m-{{index}}"}"""))));
        log.Writer.WriteLine("plain text");

        var ids = log.Lines().Select(line => (string?)line["messageId"]).ToList();
        Assert.Equal(20, ids.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(index => $"m-{index}").Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }
}
