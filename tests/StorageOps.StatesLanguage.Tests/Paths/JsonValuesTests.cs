using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Paths;
using StorageOps.StatesLanguage.Tests.Support;

namespace StorageOps.StatesLanguage.Tests.Paths;

public sealed class JsonValuesTests
{
    [Fact]
    public void SerializeWithin_WhenTheTextFitsExactly_ShouldReturnIt()
    {
        var value = JsonValue.Create(new string('x', 98));

        Assert.Equal(100, JsonValues.SerializeWithin(value, 100)!.Length);
    }

    [Fact]
    public void SerializeWithin_WhenTheTextIsOneByteTooLong_ShouldReturnNull()
    {
        Assert.Null(JsonValues.SerializeWithin(JsonValue.Create(new string('x', 99)), 100));
    }

    [Fact]
    public void SerializeWithin_WhenEscapesMakeTheTextLonger_ShouldCountTheEscapedBytes()
    {
        Assert.Null(JsonValues.SerializeWithin(JsonValue.Create(new string('"', 60)), 100));
    }

    [Fact]
    public void SerializeWithin_WhenTheValueIsHuge_ShouldStopNearTheCapRatherThanBuildIt()
    {
        var huge = new JsonArray([.. Enumerable.Range(0, 2_000).Select(_ => (JsonNode?)JsonValue.Create(new string('x', 100_000)))]);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var text = JsonValues.SerializeWithin(huge, 1024);

        Assert.Null(text);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000_000, "serialised far past the cap");
    }

    [Fact]
    public void Serialize_WhenNestedDeeperThanTheLimit_ShouldFailWithStatesRuntime()
    {
        var deep = JsonNode.Parse(HostileDefinitions.Nested("[", "1", "]", JsonValues.MaxDepth + 1), documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 128 });

        var failure = Assert.Throws<StateFailedException>(() => JsonValues.Serialize(deep));

        Assert.Equal((StatesErrorNames.Runtime, "A JSON value is nested more than 64 levels deep, more than a state's input or output may be"), (failure.Error, failure.Cause));
    }

    [Theory]
    [InlineData("1", 0, false)]
    [InlineData("[]", 0, true)]
    [InlineData("[]", 1, false)]
    [InlineData("""{"a":[{"b":1}]}""", 2, true)]
    [InlineData("""{"a":[{"b":1}]}""", 3, false)]
    public void IsDeeperThan_WhenAskedAboutNesting_ShouldCountObjectsAndArrays(string json, int maxDepth, bool expected)
    {
        var node = JsonNode.Parse(json);

        Assert.Equal(expected, JsonValues.IsDeeperThan(node, maxDepth));
    }

    [Fact]
    public void IsDeeperThan_WhenTheValueNestsAHundredThousandDeep_ShouldAnswerWithoutRecursion()
    {
        JsonNode deep = new JsonArray();
        for (var level = 0; level < 100_000; level++)
        {
            deep = new JsonArray(deep);
        }

        Assert.True(JsonValues.IsDeeperThan(deep, JsonValues.MaxDepth));
    }

    [Theory]
    [InlineData("""{"a":1,"b":[true,null,"x"]}""", """{"b":[true,null,"x"],"a":1}""")]
    [InlineData("100", "1e2")]
    [InlineData("\"s\"", "\"s\"")]
    public void StructuralHash_WhenValuesAreEqual_ShouldBeTheSame(string left, string right)
    {
        Assert.Equal(JsonValues.StructuralHash(JsonNode.Parse(left)), JsonValues.StructuralHash(JsonNode.Parse(right)));
    }
}
