using System.Text.Json;
using System.Text.RegularExpressions;

namespace StorageOps.Aws.Tests.Support;

/// <summary>
/// Reads the rules of every member of an operation's input from the botocore model: the shape traits (<c>min</c>,
/// <c>max</c>, <c>pattern</c>, <c>enum</c>) and, for shapes without traits (RDS, DocumentDB Elastic identifiers), the
/// constraints the model documents in the forms it uses for them.
/// </summary>
internal static partial class ModelConstraints
{
    public static IReadOnlyList<ModelConstraint> Of(JsonElement model, string operation)
    {
        var shapes = model.GetProperty("shapes");
        var input = model.GetProperty("operations").GetProperty(operation).GetProperty("input").GetProperty("shape").GetString()!;
        var constraints = new List<ModelConstraint>();
        Structure(shapes, shapes.GetProperty(input), string.Empty, constraints);
        return constraints;
    }

    private static void Structure(JsonElement shapes, JsonElement structure, string prefix, List<ModelConstraint> constraints)
    {
        foreach (var member in structure.GetProperty("members").EnumerateObject())
        {
            var documentation = member.Value.TryGetProperty("documentation", out var text) ? text.GetString() : null;
            Member(shapes, member.Value.GetProperty("shape").GetString()!, prefix.Length == 0 ? member.Name : $"{prefix}.{member.Name}", documentation, constraints);
        }
    }

    private static void Member(JsonElement shapes, string shapeName, string path, string? documentation, List<ModelConstraint> constraints)
    {
        var shape = shapes.GetProperty(shapeName);
        var type = shape.GetProperty("type").GetString()!;
        switch (type)
        {
            case "structure":
                Structure(shapes, shape, path, constraints);
                return;
            case "list":
                constraints.Add(Traits(shape, path, type));
                Member(shapes, shape.GetProperty("member").GetProperty("shape").GetString()!, path + "[0]", null, constraints);
                return;
            case "map":
                Member(shapes, shape.GetProperty("key").GetProperty("shape").GetString()!, path + "{key}", null, constraints);
                Member(shapes, shape.GetProperty("value").GetProperty("shape").GetString()!, path + "{value}", null, constraints);
                return;
            default:
                var traits = Traits(shape, path, type);
                constraints.Add(traits.HasRules || documentation is null ? traits : Documented(path, type, documentation));
                return;
        }
    }

    private static ModelConstraint Traits(JsonElement shape, string path, string type) => new(
        path,
        type,
        "traits",
        shape.TryGetProperty("min", out var min) ? (long)min.GetDouble() : null,
        shape.TryGetProperty("max", out var max) ? (long)max.GetDouble() : null,
        shape.TryGetProperty("pattern", out var pattern) ? pattern.GetString() : null,
        shape.TryGetProperty("enum", out var values) ? [.. values.EnumerateArray().Select(value => value.GetString()!)] : null);

    /// <summary>
    /// "Must contain from 1 to 63 letters, numbers, or hyphens. First character must be a letter. Can't end with a hyphen
    /// or contain two consecutive hyphens."; "Constraints: Minimum 20, maximum 100"; "You can specify one of the following
    /// values: <c>automated</c> - …".
    /// </summary>
    private static ModelConstraint Documented(string path, string type, string documentation)
    {
        var text = Tags().Replace(documentation, " ");
        if (Identifier().Match(text) is { Success: true } identifier)
        {
            var letterFirst = text.Contains("first character must be a letter", StringComparison.OrdinalIgnoreCase);
            var hyphens = HyphenRule().IsMatch(text);
            var pattern = (letterFirst ? "^[A-Za-z]" : "^") + (hyphens ? "(?!.*--)[A-Za-z0-9-]*(?<!-)$" : "[A-Za-z0-9-]*$");
            return new(path, type, "documented", long.Parse(identifier.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(identifier.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), pattern);
        }

        if (type == "integer" && Range().Match(text) is { Success: true } range)
        {
            return new(path, type, "documented", long.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (type == "string" && documentation.Contains("one of the following values:", StringComparison.Ordinal))
        {
            var list = documentation[documentation.IndexOf("one of the following values:", StringComparison.Ordinal)..];
            list = list[..(list.IndexOf("</ul>", StringComparison.Ordinal) is var end and > 0 ? end : list.Length)];
            var values = EnumItem().Matches(list).Select(match => match.Groups[1].Value).ToList();
            if (values.Count > 0)
            {
                return new(path, type, "documented", Enum: values);
            }
        }

        return new(path, type, "none");
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"Must contain from (\d+) to (\d+) letters, numbers, or hyphens", RegexOptions.IgnoreCase)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"end with a hyphen or contain two consecutive hyphens", RegexOptions.IgnoreCase)]
    private static partial Regex HyphenRule();

    [GeneratedRegex(@"Constraints:\s*Minimum (\d+), maximum (\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    [GeneratedRegex(@"<li>\s*<p>\s*<code>([^<]+)</code>\s*-")]
    private static partial Regex EnumItem();
}
