using System.Buffers;

namespace StorageOps.StatesLanguage.Paths;

/// <summary>
/// Collects UTF-8 bytes up to a cap and throws <see cref="PayloadCapExceededException"/> the moment more are written, so an
/// oversized value is never built in full. Its buffer is rented from the shared pool and returned on dispose.
/// </summary>
internal sealed class CappedBufferWriter(int maxBytes) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, 4096));
    private int _written;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public void Advance(int count)
    {
        _written += count;
        if (_written > maxBytes)
        {
            throw new PayloadCapExceededException();
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

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Min(_buffer.Length * 2, maxBytes + 1)));
        WrittenSpan.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
