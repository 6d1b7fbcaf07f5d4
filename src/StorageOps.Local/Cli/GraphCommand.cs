using System.Text.Json.Nodes;
using StorageOps.Functions.Composition;
using StorageOps.Local.Reports;
using StorageOps.Local.Runner;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Definition;

namespace StorageOps.Local.Cli;

/// <summary>
/// <c>graph STATE_MACHINE [--format svg|html] [--out FILE] [--template PATH]</c> draws a definition without running it:
/// a workflow of template.yaml (its definition with the template's substitutions) or any .asl.json file.
/// </summary>
public static class GraphCommand
{
    public static async Task<int> RunAsync(CommandInput arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Positional is not [var stateMachine])
        {
            throw new UsageException("'graph' takes one state machine: a workflow of template.yaml (e.g. provision-file-system) or a definition file (e.g. statemachines/provision-file-system.asl.json).");
        }

        var outPath = arguments.Option("--out");
        var format = arguments.Option("--format") ?? (outPath?.EndsWith(".html", StringComparison.OrdinalIgnoreCase) == true ? "html" : "svg");
        if (format is not ("svg" or "html"))
        {
            throw new UsageException($"'graph' draws --format svg or --format html, not '{format}'.");
        }

        var (name, definitionJson) = await ReadDefinitionAsync(stateMachine, arguments.Option("--template"), cancellationToken);
        var definition = StateMachineDefinition.Parse(definitionJson);
        var drawing = format == "svg"
            ? SvgGraphWriter.Write(GraphLayout.Compute(StateMachineGraph.From(definition)), title: $"State machine {name}")
            : ExecutionReportPage.ForDefinition(name, definition, definitionJson);
        if (outPath is null)
        {
            await output.WriteAsync(arguments.JsonOutput ? new JsonObject { ["stateMachine"] = name, ["format"] = format, ["drawing"] = drawing }.ToJsonString(ExecutionJson.Indented) + "\n" : drawing);
            return ExitCodes.Success;
        }

        var fullPath = Path.GetFullPath(outPath);
        if (Path.GetDirectoryName(fullPath) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(fullPath, drawing, cancellationToken);
        await output.WriteLineAsync(arguments.JsonOutput ? new JsonObject { ["stateMachine"] = name, ["format"] = format, ["path"] = fullPath }.ToJsonString(ExecutionJson.Indented) : $"Wrote {fullPath}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// A file is read as it is, unless the template wires it as a workflow: then it is that workflow's definition, with
    /// the template's substitutions, as <c>run</c> runs it. A name that is not a file must be a workflow of the template.
    /// </summary>
    private static async Task<(string Name, string Definition)> ReadDefinitionAsync(string stateMachine, string? templateOption, CancellationToken cancellationToken)
    {
        var isFile = File.Exists(stateMachine);
        if (!isFile && (stateMachine.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || stateMachine.Contains('/', StringComparison.Ordinal)))
        {
            throw new FileNotFoundException($"No definition at {stateMachine}.");
        }

        TemplateWiring? wiring = null;
        if (templateOption is not null || !isFile)
        {
            var template = SamTemplate.Load(RepositoryLocator.FindTemplate(templateOption));
            wiring = TemplateWiring.Resolve(template, FunctionComposition.Registry.Names, new LocalAccount());
        }
        else
        {
            try
            {
                var template = SamTemplate.Load(RepositoryLocator.FindTemplate());
                wiring = TemplateWiring.Resolve(template, FunctionComposition.Registry.Names, new LocalAccount());
            }
            catch (FileNotFoundException)
            {
                // A definition file outside any repository: drawn as it is.
            }
        }

        if (isFile)
        {
            var fullPath = Path.GetFullPath(stateMachine);
            if (wiring?.Workflows.Values.FirstOrDefault(workflow => Path.GetFullPath(workflow.DefinitionPath) == fullPath) is { } wired)
            {
                return (wired.Name, wired.Definition);
            }

            var fileName = Path.GetFileName(fullPath);
            var name = fileName.EndsWith(".asl.json", StringComparison.OrdinalIgnoreCase) ? fileName[..^".asl.json".Length] : Path.GetFileNameWithoutExtension(fileName);
            return (name, await File.ReadAllTextAsync(fullPath, cancellationToken));
        }

        return wiring!.Workflows.TryGetValue(stateMachine, out var workflow)
            ? (workflow.Name, workflow.Definition)
            : throw new UsageException($"'{stateMachine}' is neither a workflow of template.yaml (it has {string.Join(", ", wiring.Workflows.Keys.Order(StringComparer.Ordinal))}) nor a definition file.");
    }
}
