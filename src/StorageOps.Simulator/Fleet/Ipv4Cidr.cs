using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace StorageOps.Simulator.Fleet;

/// <summary>An IPv4 CIDR block, with the addresses AWS lets resources use inside a subnet.</summary>
public sealed record Ipv4Cidr
{
    // AWS reserves the first four addresses and the last address of every subnet.
    private const int ReservedAtStart = 4;

    private Ipv4Cidr(uint network, int prefixLength)
    {
        Network = network;
        PrefixLength = prefixLength;
    }

    public uint Network { get; }

    public int PrefixLength { get; }

    public long Size => 1L << (32 - PrefixLength);

    public static Ipv4Cidr Parse(string cidr)
    {
        ArgumentNullException.ThrowIfNull(cidr);
        var parts = cidr.Split('/');
        if (parts.Length != 2
            || !TryParseAddress(parts[0], out var address)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefixLength)
            || prefixLength is < 16 or > 28)
        {
            throw new FormatException($"'{cidr}' is not an IPv4 CIDR block between /16 and /28.");
        }

        var mask = uint.MaxValue << (32 - prefixLength);
        if ((address & ~mask) != 0)
        {
            throw new FormatException($"'{cidr}' has host bits set.");
        }

        return new Ipv4Cidr(address, prefixLength);
    }

    public static bool TryParseAddress(string text, out uint address)
    {
        address = 0;
        if (!IPAddress.TryParse(text, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetwork || text.Count(c => c == '.') != 3)
        {
            return false;
        }

        address = BinaryPrimitives.ReadUInt32BigEndian(parsed.GetAddressBytes());
        return true;
    }

    public static string FormatAddress(uint address)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, address);
        return new IPAddress(bytes).ToString();
    }

    public bool Contains(uint address) => address >= Network && address - Network < Size;

    /// <summary>Whether a resource may take the address: inside the block and not one of the addresses AWS reserves.</summary>
    public bool IsAssignable(uint address) => Contains(address) && address - Network >= ReservedAtStart && address - Network < Size - 1;

    public IEnumerable<uint> AssignableAddresses()
    {
        for (var offset = (uint)ReservedAtStart; offset < Size - 1; offset++)
        {
            yield return Network + offset;
        }
    }

    public override string ToString() => $"{FormatAddress(Network)}/{PrefixLength}";
}
