using System.Text.Json.Nodes;
using StorageOps.Functions.Composition;
using StorageOps.Local.Template;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Template;

public sealed class TemplateWiringTests
{
    private static readonly IReadOnlyCollection<string> HandlerNames = FunctionComposition.Registry.Names;

    private static readonly LocalAccount Account = new();

    [Fact]
    public void Resolve_WhenGivenTheRepositoryTemplate_ShouldFindNoProblems()
    {
        var wiring = TemplateWiring.Resolve(SamTemplate.Load(RepositoryPaths.Combine("template.yaml")), HandlerNames, Account);

        Assert.Empty(wiring.Problems);
    }

    [Fact]
    public void Resolve_WhenGivenTheRepositoryTemplate_ShouldSelectAnExistingHandlerForEveryFunction()
    {
        var template = SamTemplate.Load(RepositoryPaths.Combine("template.yaml"));
        var wiring = TemplateWiring.Resolve(template, HandlerNames, Account);

        Assert.NotEmpty(template.Functions);
        Assert.All(template.Functions, function => Assert.Contains(wiring.FunctionsByName[Account.FunctionArn(function.LogicalId)].Handler, HandlerNames));
        Assert.Equal("CreateFileSystem", wiring.FunctionsByName["arn:aws:lambda:us-east-1:123456789012:function:CreateFileSystemFunction"].Handler);
    }

    [Fact]
    public void Resolve_WhenGivenTheRepositoryTemplate_ShouldWireEveryDefinitionFileAndLeaveNoPlaceholder()
    {
        var wiring = TemplateWiring.Resolve(SamTemplate.Load(RepositoryPaths.Combine("template.yaml")), HandlerNames, Account);

        var files = Directory.GetFiles(RepositoryPaths.Combine("statemachines"), "*.asl.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, wiring.Workflows.Values.Select(workflow => Path.GetFileName(workflow.DefinitionPath)).Order(StringComparer.Ordinal));
        foreach (var workflow in wiring.Workflows.Values)
        {
            Assert.DoesNotContain("${", workflow.Definition, StringComparison.Ordinal);
            // Lambda tasks name their function in Parameters.FunctionName (lambda:invoke) or as the Resource itself, in a Map's ItemProcessor too.
            var functionNames = StatesOf(JsonNode.Parse(workflow.Definition)!)
                .SelectMany(state => new[] { (string?)state["Parameters"]?["FunctionName"], (string?)state["Resource"] })
                .OfType<string>()
                .Where(name => !name.StartsWith("arn:aws:states:::", StringComparison.Ordinal));
            Assert.NotEmpty(functionNames);
            Assert.All(functionNames, arn => Assert.True(wiring.FunctionsByName.ContainsKey(arn), $"{workflow.Name} invokes {arn}, which is no function of the template."));
        }
    }

    [Fact]
    public void Resolve_WhenTemplateIsMiswired_ShouldReportEveryProblemByResourceAndField()
    {
        using var folder = new TemporaryTemplateFolder("""
            {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"${MissingArn}"},"End":true}}}
            """);
        var template = SamTemplate.Parse("""
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Runtime: dotnet10
                Handler: StorageOps.Functions
                CodeUri: code/
            Resources:
              Typo:
                Type: AWS::Serverless::Function
                Properties:
                  Environment:
                    Variables:
                      STORAGEOPS_HANDLER: CreateFilesystem
              NoHandler:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: dotnet8
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: machine.asl.json
                  DefinitionSubstitutions:
                    UnusedArn: !GetAtt Typo.Arn
                    DanglingArn: !GetAtt NotAFunction.Arn
              Missing:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: statemachines/missing.asl.json
            """, folder.Path);

        var problems = TemplateWiring.Resolve(template, HandlerNames, Account).Problems;

        Assert.Equal(
        [
            $"Function Typo: STORAGEOPS_HANDLER 'CreateFilesystem' names no handler; known handlers: {string.Join(", ", HandlerNames.Order(StringComparer.Ordinal))}.",
            "Function NoHandler: Runtime is 'dotnet8', expected 'dotnet10'.",
            "Function NoHandler: environment variable STORAGEOPS_HANDLER is not set, so no handler is selected.",
            "StateMachine Machine: DefinitionSubstitutions.DanglingArn does not resolve to a function or parameter of this template.",
            "StateMachine Machine: machine.asl.json uses ${MissingArn}, which DefinitionSubstitutions does not define.",
            "StateMachine Machine: DefinitionSubstitutions.UnusedArn is not used by machine.asl.json.",
            "StateMachine Machine: DefinitionSubstitutions.DanglingArn is not used by machine.asl.json.",
            "StateMachine Missing: DefinitionUri 'statemachines/missing.asl.json' is not a file.",
        ],
        problems);
    }

    [Fact]
    public void Resolve_WhenSubstitutionUsesLongFormGetAttOrRef_ShouldResolveLikeShortForm()
    {
        using var folder = new TemporaryTemplateFolder("""{"a":"${ByList}","b":"${ByRef}","c":"${Literal}"}""");
        var template = SamTemplate.Parse("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: dotnet10
                  Handler: StorageOps.Functions
                  CodeUri: code/
                  Environment:
                    Variables:
                      STORAGEOPS_HANDLER: CreateFileSystem
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  DefinitionUri: machine.asl.json
                  DefinitionSubstitutions:
                    ByList:
                      Fn::GetAtt: [Fn, Arn]
                    ByRef: !Ref Fn
                    Literal: plain
            """, folder.Path);

        var wiring = TemplateWiring.Resolve(template, HandlerNames, Account);

        Assert.Empty(wiring.Problems);
        Assert.Equal("""{"a":"arn:aws:lambda:us-east-1:123456789012:function:Fn","b":"Fn","c":"plain"}""", wiring.Workflow("machine").Definition);
    }

    [Fact]
    public void Resolve_WhenFunctionsHaveVariables_ShouldWireEachWithGlobalsAndItsOwnVariables()
    {
        using var folder = new TemporaryTemplateFolder("{}");
        var template = SamTemplate.Parse("""
            Globals:
              Function:
                Runtime: dotnet10
                Handler: StorageOps.Functions
                CodeUri: code/
                Environment:
                  Variables:
                    LOG_LEVEL: info
                    RETENTION_DAYS: '7'
            Resources:
              Create:
                Type: AWS::Serverless::Function
                Properties:
                  Environment:
                    Variables:
                      STORAGEOPS_HANDLER: CreateFileSystem
                      RETENTION_DAYS: '30'
                      DESTINATION_REGION: us-west-2
              Describe:
                Type: AWS::Serverless::Function
                Properties:
                  Environment:
                    Variables:
                      STORAGEOPS_HANDLER: DescribeFileSystem
            """, folder.Path);

        var wiring = TemplateWiring.Resolve(template, HandlerNames, Account);

        Assert.Empty(wiring.Problems);
        var create = wiring.FunctionsByName["arn:aws:lambda:us-east-1:123456789012:function:Create"];
        Assert.Equal(
            new Dictionary<string, string> { ["LOG_LEVEL"] = "info", ["RETENTION_DAYS"] = "30", ["STORAGEOPS_HANDLER"] = "CreateFileSystem", ["DESTINATION_REGION"] = "us-west-2" },
            create.Environment);
        Assert.Equal(
            new Dictionary<string, string> { ["LOG_LEVEL"] = "info", ["RETENTION_DAYS"] = "7", ["STORAGEOPS_HANDLER"] = "DescribeFileSystem" },
            wiring.FunctionsByName["Describe"].Environment);
    }

    [Fact]
    public void Workflow_WhenNameIsUnknown_ShouldListTheKnownWorkflows()
    {
        var wiring = TemplateWiring.Resolve(SamTemplate.Load(RepositoryPaths.Combine("template.yaml")), HandlerNames, Account);

        var error = Assert.Throws<TemplateException>(() => wiring.Workflow("provision"));

        Assert.StartsWith("No state machine named 'provision' in the template. Known: nightly-snapshots, provision-file-system", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonNode> StatesOf(JsonNode graph) =>
        graph["States"]!.AsObject().Select(state => state.Value!).SelectMany(state =>
            new[] { state }
                .Concat(state["ItemProcessor"] is { } processor ? StatesOf(processor) : [])
                .Concat(state["Iterator"] is { } iterator ? StatesOf(iterator) : [])
                .Concat(state["Branches"]?.AsArray().SelectMany(branch => StatesOf(branch!)) ?? []));

    private sealed class TemporaryTemplateFolder : IDisposable
    {
        public TemporaryTemplateFolder(string definition)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"storageops-template-{Guid.NewGuid():N}");
            Directory.CreateDirectory(System.IO.Path.Combine(Path, "code"));
            File.WriteAllText(System.IO.Path.Combine(Path, "code", "StorageOps.Functions.csproj"), "<Project />");
            File.WriteAllText(System.IO.Path.Combine(Path, "machine.asl.json"), definition);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
