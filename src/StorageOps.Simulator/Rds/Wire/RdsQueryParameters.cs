using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace StorageOps.Simulator.Rds.Wire;

/// <summary>Reads awsQuery parameters: scalars, <c>Tags.Tag.N.Key/Value</c>, <c>Filters.Filter.N.Name/Values.Value.M</c> and <c>X.member.N</c> lists.</summary>
internal sealed class RdsQueryParameters(IFormCollection form)
{
    public string? String(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;

    public int? Integer(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw RdsException.InvalidParameterValue($"Invalid value '{text}' for {name}; it must be an integer.");
    }

    public bool? Boolean(string name) => String(name) switch
    {
        null => null,
        var text when text.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var text when text.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        var text => throw RdsException.InvalidParameterValue($"Invalid value '{text}' for {name}; it must be true or false."),
    };

    public IReadOnlyList<RdsTag>? Tags(string name = "Tags")
    {
        var indexes = MemberIndexes(name, "Tag");
        if (indexes.Count == 0)
        {
            return String(name) is null ? null : [];
        }

        return [.. indexes.Select(prefix => new RdsTag(String(prefix + ".Key") ?? string.Empty, String(prefix + ".Value") ?? string.Empty))];
    }

    public IReadOnlyList<RdsFilter>? Filters(string name = "Filters")
    {
        var indexes = MemberIndexes(name, "Filter");
        if (indexes.Count == 0)
        {
            return null;
        }

        return
        [
            .. indexes.Select(prefix => new RdsFilter(
                String(prefix + ".Name") ?? throw RdsException.MissingParameter(prefix + ".Name"),
                [.. MemberIndexes(prefix + ".Values", "Value").Select(valuePrefix => String(valuePrefix) ?? string.Empty)])),
        ];
    }

    public IReadOnlyList<string> Strings(string name) => [.. MemberIndexes(name, "member").Select(prefix => String(prefix) ?? string.Empty)];

    /// <summary>The prefixes <c>{name}.{member}.N</c> present in the form, in N order.</summary>
    private List<string> MemberIndexes(string name, string memberName)
    {
        var prefix = $"{name}.{memberName}.";
        return
        [
            .. form.Keys
                .Where(key => key.StartsWith(prefix, StringComparison.Ordinal))
                .Select(key => key[prefix.Length..].Split('.')[0])
                .Distinct(StringComparer.Ordinal)
                .Select(index => int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1)
                .Where(number => number >= 1)
                .Order()
                .Select(number => prefix + number.ToString(CultureInfo.InvariantCulture)),
        ];
    }
}
