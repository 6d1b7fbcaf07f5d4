using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace StorageOps.Simulator.Ec2.Wire;

/// <summary>Reads EC2 query parameters: flattened lists <c>SubnetId.N</c>, filters <c>Filter.N.Name</c> / <c>Filter.N.Value.M</c>, in index order.</summary>
internal sealed partial class Ec2QueryParameters(IFormCollection form)
{
    public string? String(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;

    public bool Boolean(string name) => String(name) is { } text && (text == "true" || text == "false"
        ? text == "true"
        : throw Ec2Exception.InvalidParameterValue($"Value ({text}) for parameter {name} is invalid. Expected: 'true' or 'false'."));

    public int? Integer(string name) => String(name) is { } text
        ? int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Ec2Exception.InvalidParameterValue($"Value ({text}) for parameter {name} is invalid. Expected an integer.")
        : null;

    /// <summary>The values of <c>{prefix}.1</c>, <c>{prefix}.2</c>, … ordered by index.</summary>
    public IReadOnlyList<string> List(string prefix) =>
        [.. Indexed(prefix, string.Empty).Select(entry => entry.Value)];

    public IReadOnlyList<Ec2Filter> Filters()
    {
        var filters = new List<Ec2Filter>();
        foreach (var (index, _) in Indexed("Filter", ".Name"))
        {
            var name = String($"Filter.{index}.Name")!;
            var values = List($"Filter.{index}.Value");
            if (values.Count == 0)
            {
                throw Ec2Exception.InvalidParameterValue($"The filter '{name}' has no values; each filter needs at least one Filter.N.Value.M.");
            }

            filters.Add(new Ec2Filter(name, values));
        }

        return filters;
    }

    private IEnumerable<(int Index, string Value)> Indexed(string prefix, string suffix)
    {
        var pattern = IndexPattern();
        return form
            .Select(parameter => (Parameter: parameter, Match: pattern.Match(parameter.Key)))
            .Where(entry => entry.Match.Success && entry.Match.Groups["prefix"].Value == prefix && entry.Match.Groups["suffix"].Value == suffix)
            .Select(entry => (int.Parse(entry.Match.Groups["index"].Value, CultureInfo.InvariantCulture), entry.Parameter.Value.ToString()))
            .OrderBy(entry => entry.Item1);
    }

    [GeneratedRegex(@"^(?<prefix>.+?)\.(?<index>[1-9][0-9]{0,5})(?<suffix>(\.[A-Za-z]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexPattern();
}
