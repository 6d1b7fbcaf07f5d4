using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace StorageOps.Simulator.DocDbElastic;

/// <summary>The opaque nextToken of the List calls: the creation sequence of the next record.</summary>
internal static class ElasticPageToken
{
    private const string Prefix = "docdb-elastic-seq:";

    /// <summary>Pages <paramref name="items"/> (in ascending sequence order: the token skips what comes before it).</summary>
    public static (List<T> Page, string? NextToken) Paginate<T>(IEnumerable<T> items, Func<T, long> sequenceOf, int? maxResults, int minimum, string? nextToken)
    {
        if (maxResults is { } requested && (requested < minimum || requested > 100))
        {
            throw DocDbElasticException.Validation(
                string.Create(CultureInfo.InvariantCulture, $"maxResults must be between {minimum} and 100."),
                "maxResults");
        }

        var pageSize = maxResults ?? 100;
        var start = nextToken is null ? 0 : Decode(nextToken);
        var page = items.SkipWhile(item => sequenceOf(item) < start).Take(pageSize + 1).ToList();
        if (page.Count <= pageSize)
        {
            return (page, null);
        }

        var next = Encode(sequenceOf(page[pageSize]));
        page.RemoveAt(pageSize);
        return (page, next);
    }

    private static string Encode(long sequence) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    private static long Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return sequence;
            }
        }
        catch (FormatException)
        {
        }

        throw DocDbElasticException.Validation($"Invalid nextToken '{token}'.", "nextToken");
    }
}
