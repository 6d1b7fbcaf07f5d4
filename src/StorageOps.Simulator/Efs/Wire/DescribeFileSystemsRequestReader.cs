using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace StorageOps.Simulator.Efs.Wire;

/// <summary>Reads the query string of <c>DescribeFileSystems</c>; parameters keep their model names.</summary>
internal static class DescribeFileSystemsRequestReader
{
    public static DescribeFileSystemsRequest Read(IQueryCollection query) => new()
    {
        FileSystemId = Single(query, "FileSystemId"),
        CreationToken = Single(query, "CreationToken"),
        Marker = Single(query, "Marker"),
        MaxItems = Single(query, "MaxItems") is { } maxItems
            ? int.TryParse(maxItems, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw EfsException.BadRequest($"MaxItems must be an integer, not '{maxItems}'.")
            : null,
    };

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;
}
