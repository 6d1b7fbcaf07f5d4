using System.Buffers;
using System.IO.Pipelines;

namespace StorageOps.Simulator.Hosting;

/// <summary>A connection's input, passed through unchanged, remembering the start of what Kestrel last read: the head of a request it rejects.</summary>
internal sealed class RequestHeadRecordingPipeReader(PipeReader inner) : PipeReader
{
    private const int RememberedBytes = 8 * 1024;

    private byte[] lastRead = [];

    /// <summary>The first bytes of the most recent read; for a request Kestrel rejects while parsing, its request line and headers.</summary>
    public byte[] LastRead => Volatile.Read(ref lastRead);

    public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        var result = await inner.ReadAsync(cancellationToken);
        Remember(result.Buffer);
        return result;
    }

    public override bool TryRead(out ReadResult result)
    {
        if (!inner.TryRead(out result))
        {
            return false;
        }

        Remember(result.Buffer);
        return true;
    }

    public override void AdvanceTo(SequencePosition consumed) => inner.AdvanceTo(consumed);

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined) => inner.AdvanceTo(consumed, examined);

    public override void CancelPendingRead() => inner.CancelPendingRead();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    private void Remember(ReadOnlySequence<byte> buffer) =>
        Volatile.Write(ref lastRead, buffer.Slice(0, Math.Min(buffer.Length, RememberedBytes)).ToArray());
}
