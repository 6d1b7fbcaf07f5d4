using System.Text.Json.Nodes;
using StorageOps.Functions.Composition;
using StorageOps.Local.Runner;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Definition;

namespace StorageOps.Local.Cli;

/// <summary><c>validate</c>: every function selects a handler, every state machine's substitutions resolve, every definition loads, every schedule parses.</summary>
public static class ValidateCommand
{
    public static Task<int> RunAsync(CommandInput arguments, TextWriter output)
    {
        var templatePath = RepositoryLocator.FindTemplate(arguments.Option("--template"));
        var template = SamTemplate.Load(templatePath);
        var handlers = FunctionComposition.Registry.Names;
        var wiring = TemplateWiring.Resolve(template, handlers, new LocalAccount());
        var problems = wiring.Problems.ToList();
        foreach (var workflow in wiring.Workflows.Values)
        {
            try
            {
                StateMachineDefinition.Parse(workflow.Definition);
            }
            catch (InvalidDefinitionException invalid)
            {
                problems.AddRange(invalid.Problems.Select(problem => $"{Path.GetFileName(workflow.DefinitionPath)}: {problem}"));
            }
        }

        if (arguments.JsonOutput)
        {
            output.WriteLine(new JsonObject
            {
                ["template"] = templatePath,
                ["functions"] = template.Functions.Count,
                ["stateMachines"] = template.StateMachines.Count,
                ["schedules"] = new JsonArray([.. wiring.Schedules.Keys.Order(StringComparer.Ordinal).Select(name => (JsonNode?)JsonValue.Create(name))]),
                ["valid"] = problems.Count == 0,
                ["problems"] = new JsonArray([.. problems.Select(problem => (JsonNode?)JsonValue.Create(problem))]),
            }.ToJsonString(ExecutionJson.Indented));
            output = TextWriter.Null;
        }

        output.WriteLine($"{templatePath}: {template.Functions.Count} functions, {template.StateMachines.Count} state machines, {template.Schedules.Count} schedules ({string.Join(", ", wiring.Schedules.Keys.Order(StringComparer.Ordinal))}).");
        foreach (var problem in problems)
        {
            output.WriteLine($"  problem: {problem}");
        }

        output.WriteLine(problems.Count == 0 ? "Valid." : $"{problems.Count} problem(s).");
        return problems.Count == 0
            ? Task.FromResult(ExitCodes.Success)
            : throw new TemplateException($"{templatePath}: {problems.Count} problem(s), listed on standard output.");
    }
}
