using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Errors;
using StorageOps.StatesLanguage.Intrinsics;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Tests.Intrinsics;

public sealed class IntrinsicFunctionTests
{
    private const string Input = """{"name":"Ada","n":3,"list":[1,2,2,3],"obj":{"a":1,"b":{"c":2}},"other":{"b":9},"text":"{\"k\":[1,true]}"}""";

    private static string Evaluate(string expression, int seed = 7)
    {
        Assert.True(IntrinsicParser.TryParse(expression, out var call, out var error), error);
        return JsonValues.Serialize(call.Evaluate(new ExpressionScope("S", JsonNode.Parse(Input), null, new Random(seed)), "f.$"));
    }

    private static StateFailedException Failure(string expression) => Assert.Throws<StateFailedException>(() => Evaluate(expression));

    [Theory]
    [InlineData("States.Format('Hello, {}! You have {} items.', $.name, $.n)", "\"Hello, Ada! You have 3 items.\"")]
    [InlineData("States.Format('literal \\{\\} and {}', true)", "\"literal {} and true\"")]
    [InlineData("States.Format('quote \\' and null {}', null)", "\"quote ' and null null\"")]
    [InlineData("States.StringToJson($.text)", """{"k":[1,true]}""")]
    [InlineData("States.JsonToString($.obj)", "\"{\\\"a\\\":1,\\\"b\\\":{\\\"c\\\":2}}\"")]
    [InlineData("States.Array('a', 1, $.n, States.Array())", """["a",1,3,[]]""")]
    [InlineData("States.MathAdd($.n, -5)", "-2")]
    [InlineData("States.MathAdd(1.5, 1)", "2.5")]
    [InlineData("States.ArrayLength($.list)", "4")]
    [InlineData("States.ArrayContains($.list, 2)", "true")]
    [InlineData("States.ArrayContains($.list, 5)", "false")]
    [InlineData("States.ArrayUnique($.list)", "[1,2,3]")]
    [InlineData("States.ArrayPartition($.list, 3)", "[[1,2,2],[3]]")]
    [InlineData("States.ArrayPartition($.list, 4294967297)", "[[1,2,2,3]]")]
    [InlineData("States.ArrayRange(1, 9, 3)", "[1,4,7]")]
    [InlineData("States.ArrayGetItem($.list, 3)", "3")]
    [InlineData("States.Base64Encode('Data to encode')", "\"RGF0YSB0byBlbmNvZGU=\"")]
    [InlineData("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", "\"Data to encode\"")]
    [InlineData("States.Hash('input data', 'SHA-1')", "\"aaff4a450a104cd177d28d18d74485e8cae074b7\"")]
    [InlineData("States.JsonMerge($.obj, $.other, false)", """{"a":1,"b":9}""")]
    [InlineData("States.StringSplit('1,2+3', ',+')", """["1","2","3"]""")]
    [InlineData("States.JsonToString(States.StringToJson('[1, 2]'))", "\"[1,2]\"")]
    public void Evaluate_WhenArgumentsAreValid_ShouldReturnTheSpecifiedValue(string expression, string expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Fact]
    public void Uuid_WhenSeeded_ShouldBeAVersion4UuidAndReproducible()
    {
        var first = Evaluate("States.UUID()", seed: 42);

        Assert.Equal(first, Evaluate("States.UUID()", seed: 42));
        Assert.NotEqual(first, Evaluate("States.UUID()", seed: 43));
        Assert.Matches("^\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"$", first);
    }

    [Fact]
    public void MathRandom_WhenSeeded_ShouldStayInTheHalfOpenRange()
    {
        var value = int.Parse(Evaluate("States.MathRandom(1, 3, 99)"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(value, 1, 2);
    }

    [Theory]
    [InlineData("States.Format('{} and {}', 1)", "State 'S': States.Format has more '{}' placeholders than arguments (1)")]
    [InlineData("States.Format('{}', 1, 2)", "State 'S': States.Format has 1 '{}' placeholders but 2 arguments")]
    [InlineData("States.Format('{}', $.obj)", "State 'S': States.Format arguments must be strings, numbers, booleans or null")]
    [InlineData("States.StringToJson($.n)", "State 'S': States.StringToJson the argument must be a string")]
    [InlineData("States.MathAdd('1', 2)", "State 'S': States.MathAdd both arguments must be numbers")]
    [InlineData("States.MathAdd(1)", "State 'S': States.MathAdd takes 2 arguments but got 1")]
    [InlineData("States.UUID(1)", "State 'S': States.UUID takes 0 arguments but got 1")]
    [InlineData("States.ArrayGetItem($.list, 9)", "State 'S': States.ArrayGetItem index 9 is out of range for an array of 4 items")]
    [InlineData("States.Hash('x', 'CRC32')", "State 'S': States.Hash unsupported algorithm 'CRC32' (MD5, SHA-1, SHA-256, SHA-384, SHA-512)")]
    [InlineData("States.JsonMerge($.obj, $.other, true)", "State 'S': States.JsonMerge only a shallow merge is supported: the third argument must be false")]
    [InlineData("States.MathAdd(79228162514264337593543950335, 1)", "State 'S': States.MathAdd the sum is too large to represent")]
    public void Evaluate_WhenArgumentsAreInvalid_ShouldFailWithStatesIntrinsicFailure(string expression, string expectedCause)
    {
        var failure = Failure(expression);

        Assert.Equal(("States.IntrinsicFailure", expectedCause), (failure.Error, failure.Cause));
    }

    [Theory]
    [InlineData("States.Format('x'", "missing ')' to close 'States.Format('")]
    [InlineData("States.Format('x) ", "unterminated string literal")]
    [InlineData("States.Array(bare)", "unexpected argument 'bare' (strings are written in single quotes)")]
    [InlineData("States.Array(1) extra", "unexpected text after the closing parenthesis at position 16")]
    [InlineData("States.Unknown()", "unknown intrinsic function 'States.Unknown'")]
    public void TryParse_WhenTheCallIsMalformed_ShouldExplainWhy(string expression, string expectedError)
    {
        Assert.False(IntrinsicParser.TryParse(expression, out _, out var error));
        Assert.Equal(expectedError, error);
    }

    [Fact]
    public void Names_WhenListed_ShouldCoverEveryStatesFunction()
    {
        Assert.Equal(
            [
                "States.Array", "States.ArrayContains", "States.ArrayGetItem", "States.ArrayLength", "States.ArrayPartition", "States.ArrayRange",
                "States.ArrayUnique", "States.Base64Decode", "States.Base64Encode", "States.Format", "States.Hash", "States.JsonMerge",
                "States.JsonToString", "States.MathAdd", "States.MathRandom", "States.StringSplit", "States.StringToJson", "States.UUID",
            ],
            IntrinsicFunctionLibrary.Names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("States.ArrayRange(1, 7, 3)", "[1,4,7]")]
    [InlineData("States.ArrayRange(1, 8, 3)", "[1,4,7]")]
    [InlineData("States.ArrayRange(5, 1, -2)", "[5,3,1]")]
    [InlineData("States.ArrayRange(5, 0, -2)", "[5,3,1]")]
    [InlineData("States.ArrayRange(4, 4, 1)", "[4]")]
    [InlineData("States.ArrayRange(4, 4, -1)", "[4]")]
    [InlineData("States.ArrayRange(4, 5, 10)", "[4]")]
    [InlineData("States.ArrayRange(5, 1, 1)", "[]")]
    [InlineData("States.ArrayRange(9223372036854775806, 9223372036854775807, 1)", "[9223372036854775806,9223372036854775807]")]
    [InlineData("States.ArrayRange(-9223372036854775808, 9223372036854775807, 9223372036854775807)", "[-9223372036854775808,-1,9223372036854775806]")]
    public void ArrayRange_WhenTheEndIsABoundary_ShouldIncludeItOnlyWhenAStepLandsOnIt(string expression, string expected)
    {
        Assert.Equal(expected, Evaluate(expression));
    }

    [Fact]
    public void ArrayRange_WhenTheRangeHoldsExactlyAThousandItems_ShouldReturnThemAll()
    {
        Assert.Equal(1000, JsonNode.Parse(Evaluate("States.ArrayRange(1, 1000, 1)"))!.AsArray().Count);
    }

    [Fact]
    public void ArrayRange_WhenTheRangeHoldsMoreThanAThousandItems_ShouldFailWithIntrinsicFailure()
    {
        var failure = Failure("States.ArrayRange(1, 1001, 1)");

        Assert.Equal(("States.IntrinsicFailure", "State 'S': States.ArrayRange would produce more than 1000 items"), (failure.Error, failure.Cause));
    }

    [Fact]
    public void ArrayUnique_WhenObjectsDifferOnlyInKeyOrder_ShouldKeepTheFirst()
    {
        Assert.Equal("""[{"a":1,"b":2},3]""", Evaluate("""States.ArrayUnique(States.Array(States.StringToJson('{"a":1,"b":2}'), States.StringToJson('{"b":2,"a":1}'), 3, 3))"""));
    }

    [Fact]
    public void JsonToString_WhenTheTextWouldExceedThePayloadLimit_ShouldFailWithDataLimitExceededBeforeBuildingIt()
    {
        var quotes = new JsonObject { ["q"] = new string('"', 100_000) };
        Assert.True(IntrinsicParser.TryParse("States.JsonToString(States.JsonToString($.q))", out var call, out var error), error);

        var failure = Assert.Throws<StateFailedException>(() => call.Evaluate(new ExpressionScope("S", quotes, null, new Random(1)), "f.$"));

        Assert.Equal(("States.DataLimitExceeded", "State 'S': the result of States.JsonToString would be more than the 262144 bytes a payload may be"), (failure.Error, failure.Cause));
    }

    [Fact]
    public void Format_WhenTheTextWouldExceedThePayloadLimit_ShouldFailWithDataLimitExceeded()
    {
        var big = new JsonObject { ["big"] = new string('x', 200_000) };
        Assert.True(IntrinsicParser.TryParse("States.Format('{}{}', $.big, $.big)", out var call, out var error), error);

        var failure = Assert.Throws<StateFailedException>(() => call.Evaluate(new ExpressionScope("S", big, null, new Random(1)), "f.$"));

        Assert.Equal(("States.DataLimitExceeded", "State 'S': the result of States.Format would be more than the 262144 bytes a payload may be"), (failure.Error, failure.Cause));
    }
}
