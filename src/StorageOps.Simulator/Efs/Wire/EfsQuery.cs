using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace StorageOps.Simulator.Efs.Wire;

/// <summary>Reads restJson1 query parameters; the last value wins when a name repeats.</summary>
internal static class EfsQuery
{
    public static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    public static int? Integer(IQueryCollection query, string name) => Single(query, name) is { } text
        ? int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw EfsException.BadRequest($"{name} must be an integer, not '{text}'.")
        : null;

    public static List<string> All(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? [.. values.Where(value => value is not null).Select(value => value!)] : [];
}
