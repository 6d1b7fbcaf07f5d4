using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace StorageOps.Simulator.Rds;

/// <summary>The opaque Marker of RDS Describe calls: the creation sequence of the next record, so pages survive deletions in between.</summary>
internal static class RdsMarker
{
    private const string Prefix = "rds-seq:";

    public static string Encode(long sequence) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    public static long Decode(string marker)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(marker));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return sequence;
            }
        }
        catch (FormatException)
        {
        }

        throw RdsException.InvalidParameterValue($"The marker {marker} is not valid.");
    }

    /// <summary>Pages <paramref name="items"/> (in ascending sequence order: the marker skips what comes before it) from <paramref name="marker"/>, validating MaxRecords as RDS does.</summary>
    public static (List<T> Page, string? NextMarker) Paginate<T>(IEnumerable<T> items, Func<T, long> sequenceOf, int? maxRecords, string? marker)
    {
        if (maxRecords is < 20 or > 100)
        {
            throw RdsException.InvalidParameterValue(
                string.Create(CultureInfo.InvariantCulture, $"Invalid value {maxRecords} for MaxRecords. Must be between 20 and 100"));
        }

        var pageSize = maxRecords ?? 100;
        var start = marker is null ? 0 : Decode(marker);
        var page = items.SkipWhile(item => sequenceOf(item) < start).Take(pageSize + 1).ToList();
        if (page.Count <= pageSize)
        {
            return (page, null);
        }

        var next = Encode(sequenceOf(page[pageSize]));
        page.RemoveAt(pageSize);
        return (page, next);
    }
}
