using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Serialization;

namespace StorageOps.Local.Cli;

/// <summary>Reads a JSON input file as strictly as the deployed handlers read their events, before anything runs.</summary>
public static class InputFile
{
    public static JsonNode? Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No input file at {path}.");
        }

        try
        {
            return StrictJson.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException invalid)
        {
            throw new InvalidInputException($"{path} is not valid JSON: {invalid.Message}", invalid);
        }
    }

    /// <summary>The input of a workflow of template.yaml: every one of them takes a JSON object.</summary>
    public static JsonObject ReadObject(string path)
    {
        var input = Read(path);
        return input as JsonObject ?? throw new InvalidInputException($"{path}: a workflow input must be a JSON object, not {DescribeKind(input)}.");
    }

    public static string DescribeKind(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "an object",
    };
}
