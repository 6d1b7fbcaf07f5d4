using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Tests.Paths;

public sealed class InputOutputPathTests
{
    [Fact]
    public void Apply_WhenPathIsNull_ShouldProduceAnEmptyObject()
    {
        Assert.Equal("{}", JsonValues.Serialize(InputOutputPath.Null.Apply(JsonNode.Parse("""{"a":1}"""), "S", "InputPath")));
    }

    [Fact]
    public void Apply_WhenPathSelectsAField_ShouldReturnACopyOfIt()
    {
        var input = JsonNode.Parse("""{"a":{"b":1}}""");

        var selected = InputOutputPath.Of(JsonPath.Parse("$.a")).Apply(input, "S", "InputPath");

        Assert.Equal("""{"b":1}""", JsonValues.Serialize(selected));
        Assert.Null(selected!.Parent);
    }

    [Fact]
    public void Apply_WhenPathMatchesNothing_ShouldFailWithStatesRuntimeNamingStateAndPath()
    {
        var failure = Assert.Throws<StateFailedException>(() => InputOutputPath.Of(JsonPath.Parse("$.nope")).Apply(JsonNode.Parse("{}"), "Create", "InputPath"));

        Assert.Equal(("States.Runtime", "State 'Create': InputPath '$.nope' matched nothing in the state input"), (failure.Error, failure.Cause));
    }
}
