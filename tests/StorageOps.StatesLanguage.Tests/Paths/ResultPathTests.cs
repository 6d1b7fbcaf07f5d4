using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Tests.Paths;

public sealed class ResultPathTests
{
    private static string Apply(ResultPath resultPath, string rawInput, string result) =>
        JsonValues.Serialize(resultPath.Apply(JsonNode.Parse(rawInput), JsonNode.Parse(result), "S"));

    [Fact]
    public void Apply_WhenResultPathIsTheDefault_ShouldReplaceTheInput()
    {
        Assert.Equal("""{"r":1}""", Apply(ResultPath.Default, """{"a":1}""", """{"r":1}"""));
    }

    [Fact]
    public void Apply_WhenResultPathIsNull_ShouldKeepTheRawInput()
    {
        Assert.Equal("""{"a":1}""", Apply(ResultPath.Discard, """{"a":1}""", """{"r":1}"""));
    }

    [Fact]
    public void Apply_WhenTheTargetExists_ShouldReplaceItAsInTheSpecExample()
    {
        Assert.Equal(
            """{"master":{"detail":[4,5,6]}}""",
            Apply(ResultPath.Of(JsonPath.Parse("$.master.detail")), """{"master":{"detail":[1,2,3]}}""", "[4,5,6]"));
    }

    [Fact]
    public void Apply_WhenIntermediateObjectsAreMissing_ShouldCreateThem()
    {
        Assert.Equal(
            """{"a":1,"x":{"y":{"z":"r"}}}""",
            Apply(ResultPath.Of(JsonPath.Parse("$.x.y.z")), """{"a":1}""", "\"r\""));
    }

    [Fact]
    public void Apply_WhenTheTargetIsAnArrayElement_ShouldReplaceThatElement()
    {
        Assert.Equal("""{"list":[1,"r",3]}""", Apply(ResultPath.Of(JsonPath.Parse("$.list[1]")), """{"list":[1,2,3]}""", "\"r\""));
    }

    [Fact]
    public void Apply_WhenTheRawInputIsNotAnObject_ShouldFailWithResultPathMatchFailure()
    {
        var failure = Assert.Throws<StateFailedException>(() => Apply(ResultPath.Of(JsonPath.Parse("$.r")), "[1,2]", "1"));

        Assert.Equal("States.ResultPathMatchFailure", failure.Error);
        Assert.Equal("State 'S': unable to apply ResultPath '$.r' to the state input: '$' is not an object", failure.Cause);
    }

    [Fact]
    public void Apply_WhenTheRawInputIsShared_ShouldNotModifyIt()
    {
        var rawInput = JsonNode.Parse("""{"a":1}""");

        ResultPath.Of(JsonPath.Parse("$.b")).Apply(rawInput, JsonValue.Create(2), "S");

        Assert.Equal("""{"a":1}""", JsonValues.Serialize(rawInput));
    }
}
