using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;

namespace StorageOps.Local.Reports;

/// <summary><c>--report DIR</c>: writes an execution's page as DIR/&lt;execution name&gt;.html and returns its path.</summary>
public static class ExecutionReportFile
{
    public static string Write(string directory, string stateMachineName, string definitionJson, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(result);
        var definition = StateMachineDefinition.Parse(definitionJson);
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, FileNameOf(result.Name) + ".html"));
        File.WriteAllText(path, ExecutionReportPage.ForExecution(stateMachineName, definition, definitionJson, result));
        return path;
    }

    /// <summary>The execution name as a file name: execution names are letters, digits, '-' and '_' by API rule, but a local one may be anything.</summary>
    public static string FileNameOf(string executionName)
    {
        ArgumentNullException.ThrowIfNull(executionName);
        var invalid = Path.GetInvalidFileNameChars();
        var name = new string([.. executionName.Select(character => invalid.Contains(character) || character == ':' ? '_' : character)]);
        return name.Length == 0 ? "execution" : name;
    }
}
