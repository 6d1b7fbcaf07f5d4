using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace StorageOps.Simulator.Efs;

/// <summary>An opaque Marker/NextToken holding the offset of the next item, tagged with the listing it belongs to.</summary>
internal static class PageToken
{
    public static string Encode(string listing, int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{listing}:{offset}")));

    public static int Decode(string listing, string token, string memberName)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (text.StartsWith(listing + ":", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(listing.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw EfsException.BadRequest($"Invalid {memberName} '{token}'.");
    }

    /// <summary>One page of <paramref name="items"/> and the token of the next, or null on the last page.</summary>
    public static (List<T> Page, string? Next) Paginate<T>(IReadOnlyList<T> items, string listing, string? token, int pageSize, string memberName)
    {
        var offset = token is null ? 0 : Decode(listing, token, memberName);
        var page = items.Skip(offset).Take(pageSize).ToList();
        var next = offset + pageSize < items.Count ? Encode(listing, offset + pageSize) : null;
        return (page, next);
    }
}
