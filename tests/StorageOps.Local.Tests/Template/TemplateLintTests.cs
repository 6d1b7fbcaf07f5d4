using StorageOps.Testing;

namespace StorageOps.Local.Tests.Template;

/// <summary>External truth for what we deploy: cfn-lint for the SAM template, asl-validator for every state machine.</summary>
public sealed class TemplateLintTests
{
    public static TheoryData<string> Definitions => new(
        Directory.GetFiles(RepositoryPaths.Combine("statemachines"), "*.asl.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public async Task CfnLint_WhenRunOnTemplate_ShouldReportNothing()
    {
        var result = await ExternalProcess.RunAsync("cfn-lint", ["--", "template.yaml"]);

        Assert.True(result.ExitCode == 0, result.Describe());
    }

    [Fact]
    public async Task CfnLint_WhenTemplateIsBroken_ShouldFail()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(RepositoryPaths.Combine("template.yaml"))).Replace("Runtime: dotnet10", "Runtime: dotnet99", StringComparison.Ordinal));
        try
        {
            var result = await ExternalProcess.RunAsync("cfn-lint", ["--", broken]);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("dotnet99", result.StandardOutput, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public async Task AslValidator_WhenRunOnDefinition_ShouldAcceptIt(string definition)
    {
        var result = await AslValidatorAsync(RepositoryPaths.Combine("statemachines", definition));

        Assert.True(result.ExitCode == 0, result.Describe());
    }

    [Fact]
    public async Task AslValidator_WhenDefinitionHasABadPath_ShouldRejectIt()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.asl.json");
        await File.WriteAllTextAsync(broken, """{"StartAt":"A","States":{"A":{"Type":"Wait","SecondsPath":"waitSeconds","End":true}}}""");
        try
        {
            var result = await AslValidatorAsync(broken);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("SecondsPath", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static Task<ExternalProcess.Result> AslValidatorAsync(string path) =>
        ExternalProcess.RunAsync("node", [Path.Combine(RepositoryPaths.Conformance, "node_modules", "asl-validator", "dist", "bin", "asl-validator.js"), "--json-path", path]);
}
