using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace StorageOps.Simulator.Efs;

/// <summary>
/// The opaque pagination marker of DescribeFileSystems: the creation sequence of the next file system,
/// so a page boundary survives file systems being deleted in between.
/// </summary>
internal static class DescribeMarker
{
    private const string Prefix = "fs-seq:";

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

        throw EfsException.BadRequest($"Invalid Marker '{marker}'.");
    }
}
