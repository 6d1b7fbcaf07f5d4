using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Mocking;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.Local.Cli;

/// <summary>
/// <c>asl run DEFINITION.json [--input FILE] [--mock-config FILE --test-case NAME] [--history]</c> runs any definition on
/// the virtual clock; <c>asl validate DEFINITION.json</c> reports every problem with its state and field.
/// </summary>
public static class AslCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(CommandInput arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        switch (arguments.Command, arguments.Positional)
        {
            case ("asl run", [var definitionPath]):
                return await RunDefinitionAsync(arguments, definitionPath, output, cancellationToken);
            case ("asl validate", [var definitionPath]):
                return await ValidateAsync(definitionPath, output, arguments.JsonOutput, cancellationToken);
            case ("asl run" or "asl validate", _):
                throw new UsageException($"'{arguments.Command}' takes one definition file, e.g. statemachines/provision-file-system.asl.json.");
            default:
                throw new UsageException("'asl' takes a subcommand: 'asl run DEFINITION.json --input INPUT.json [--mock-config FILE --test-case NAME] [--history]' or 'asl validate DEFINITION.json'.");
        }
    }

    private static async Task<int> RunDefinitionAsync(CommandInput arguments, string definitionPath, TextWriter output, CancellationToken cancellationToken)
    {
        var mockConfigPath = arguments.Option("--mock-config");
        var testCaseName = arguments.Option("--test-case");
        if ((mockConfigPath is null) != (testCaseName is null))
        {
            throw new UsageException("'asl run' takes --mock-config FILE and --test-case NAME together.");
        }

        var definition = StateMachineDefinition.Parse(await File.ReadAllTextAsync(definitionPath, cancellationToken));
        var inputPath = arguments.Option("--input");
        var input = inputPath is null ? new JsonObject() : InputFile.Read(inputPath);

        var machineName = MachineName(definitionPath);
        var mocks = mockConfigPath is null ? null : await ReadTestCaseAsync(mockConfigPath, machineName, testCaseName!, cancellationToken);

        var clock = new VirtualClock(DateTimeOffset.UtcNow);
        var engine = new StateMachineEngine(clock, new UnavailableLambdaInvoker());
        var result = await engine.RunAsync(definition, input, new ExecutionOptions
        {
            StateMachineArn = $"arn:aws:states:us-east-1:123456789012:stateMachine:{machineName}",
            Mocks = mocks,
        }, cancellationToken);

        if (arguments.JsonOutput)
        {
            await output.WriteLineAsync(ExecutionJson.Of(machineName, result, arguments.Flag("--history")).ToJsonString(Indented));
        }
        else
        {
            await output.WriteLineAsync(result.Status == ExecutionStatus.Succeeded
                ? result.Output?.ToJsonString(Indented) ?? "null"
                : new JsonObject { ["error"] = result.Error, ["cause"] = result.Cause }.ToJsonString(Indented));
        }

        if (arguments.Flag("--history") && !arguments.JsonOutput)
        {
            await output.WriteLineAsync(result.ExportHistoryJson(indented: true));
        }

        return result.Status == ExecutionStatus.Succeeded
            ? ExitCodes.Success
            : throw new WorkflowFailedException($"{machineName} {result.Status}: {result.Error}: {result.Cause}");
    }

    private static async Task<MockedTestCase> ReadTestCaseAsync(string mockConfigPath, string machineName, string testCaseName, CancellationToken cancellationToken)
    {
        try
        {
            return MockConfiguration.Parse(await File.ReadAllTextAsync(mockConfigPath, cancellationToken)).GetTestCase(machineName, testCaseName);
        }
        catch (MockConfigurationException invalid)
        {
            throw new InvalidFileException($"{mockConfigPath}: {invalid.Message}", invalid);
        }
    }

    private static async Task<int> ValidateAsync(string definitionPath, TextWriter output, bool json, CancellationToken cancellationToken)
    {
        var problems = StateMachineDefinition.Validate(await File.ReadAllTextAsync(definitionPath, cancellationToken));
        if (json)
        {
            await output.WriteLineAsync(new JsonObject
            {
                ["definition"] = definitionPath,
                ["valid"] = problems.Count == 0,
                ["problems"] = new JsonArray([.. problems.Select(problem => (JsonNode?)JsonValue.Create(problem.Message))]),
            }.ToJsonString(Indented));
            output = TextWriter.Null;
        }

        foreach (var problem in problems)
        {
            await output.WriteLineAsync($"{definitionPath}: {problem.Message}");
        }

        if (problems.Count > 0)
        {
            throw new InvalidFileException($"{definitionPath}: {problems.Count} problem(s), listed on standard output.");
        }

        await output.WriteLineAsync($"{definitionPath}: valid.");
        return ExitCodes.Success;
    }

    /// <summary>As Step Functions Local names it for the mock configuration: the file name without ".json".</summary>
    private static string MachineName(string definitionPath)
    {
        var fileName = Path.GetFileName(definitionPath);
        return fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? fileName[..^".json".Length] : fileName;
    }
}
