using YamlDotNet.RepresentationModel;

namespace StorageOps.Local.Template;

/// <summary>
/// Reads a CloudFormation/SAM YAML document into plain values: mappings become dictionaries, sequences lists,
/// scalars strings, and short-form intrinsics (<c>!Ref</c>, <c>!GetAtt</c>, <c>!Sub</c>, ...) become <see cref="Intrinsic"/>.
/// </summary>
public static class CloudFormationYaml
{
    public static IReadOnlyDictionary<string, object?> Parse(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }

        if (stream.Documents.Count != 1 || ToValue(stream.Documents[0].RootNode) is not IReadOnlyDictionary<string, object?> root)
        {
            throw new TemplateException("The template must be one YAML document whose root is a mapping.");
        }

        return root;
    }

    private static object? ToValue(YamlNode node)
    {
        var value = node switch
        {
            YamlMappingNode mapping => mapping.Children.ToDictionary(
                entry => ((YamlScalarNode)entry.Key).Value ?? "",
                entry => ToValue(entry.Value)) as object,
            YamlSequenceNode sequence => sequence.Children.Select(ToValue).ToList(),
            YamlScalarNode scalar => scalar.Value,
            _ => throw new TemplateException($"Unsupported YAML node at {node.Start}."),
        };
        var tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        if (tag is null || !tag.StartsWith('!'))
        {
            return value is IDictionary<string, object?> dictionary ? FromLongForm(dictionary) : value;
        }

        var function = tag[1..] switch
        {
            "Ref" => "Ref",
            var name => $"Fn::{name}",
        };
        return new Intrinsic(function, value);
    }

    /// <summary>The long form <c>{"Fn::GetAtt": [...]}</c> / <c>{"Ref": "X"}</c> is the same intrinsic.</summary>
    private static object FromLongForm(IDictionary<string, object?> mapping) =>
        mapping.Count == 1 && mapping.Keys.Single() is var key && (key == "Ref" || key.StartsWith("Fn::", StringComparison.Ordinal))
            ? new Intrinsic(key, mapping[key])
            : (object)mapping.AsReadOnly();
}
