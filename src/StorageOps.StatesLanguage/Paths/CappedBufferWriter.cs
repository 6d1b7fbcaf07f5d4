using System.Buffers;

namespace StorageOps.StatesLanguage.Paths;

/// <summary>Collects UTF-8 bytes up to a cap and throws <see cref="CapExceededException"/> the moment more are written, so an oversized value is never built in full.</summary>
internal sealed class CappedBufferWriter(int maxBytes) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[Math.Min(maxBytes + 1, 4096)];
    private int _written;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public void Advance(int count)
    {
        _written += count;
        if (_written > maxBytes)
        {
            throw new CapExceededException();
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        Array.Resize(ref _buffer, Math.Max(needed, Math.Min(_buffer.Length * 2, maxBytes + 1)));
    }

    public sealed class CapExceededException : Exception
    {
    }
}
