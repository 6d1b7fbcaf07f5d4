using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Tests.Paths;

public sealed class PayloadTemplateTests
{
    private static string Evaluate(string template, string input, string context = "{}")
    {
        var problems = new List<string>();
        var payload = PayloadTemplate.Create(JsonNode.Parse(template)!, "Parameters", (field, message) => problems.Add($"{field}: {message}"));
        Assert.Empty(problems);
        return JsonValues.Serialize(payload.Evaluate(new ExpressionScope("S", JsonNode.Parse(input), JsonNode.Parse(context), new Random(1))));
    }

    [Fact]
    public void Evaluate_WhenTemplateMixesStaticAndDynamicFields_ShouldKeepOrderAndStripTheSuffix()
    {
        Assert.Equal(
            """{"static":"s","dynamic":2,"nested":{"ctx":"exec"},"arr":[1,{"v":2}]}""",
            Evaluate(
                """{"static":"s","dynamic.$":"$.b","nested":{"ctx.$":"$$.Execution.Name"},"arr":[1,{"v.$":"$.b"}]}""",
                """{"b":2}""",
                """{"Execution":{"Name":"exec"}}"""));
    }

    [Fact]
    public void Evaluate_WhenDynamicFieldUsesAnIntrinsic_ShouldStoreTheFunctionsResult()
    {
        Assert.Equal("""{"greeting":"Hello, Ada"}""", Evaluate("""{"greeting.$":"States.Format('Hello, {}', $.name)"}""", """{"name":"Ada"}"""));
    }

    [Fact]
    public void Evaluate_WhenTheInputIsReturnedByPath_ShouldNotShareNodesWithTheInput()
    {
        var input = JsonNode.Parse("""{"o":{"k":1}}""");
        var payload = PayloadTemplate.Create(JsonNode.Parse("""{"copy.$":"$.o"}""")!, "Parameters", (_, _) => { });

        var result = payload.Evaluate(new ExpressionScope("S", input, null, new Random(1)))!;
        result["copy"]!["k"] = 2;

        Assert.Equal("""{"o":{"k":1}}""", JsonValues.Serialize(input));
    }
}
