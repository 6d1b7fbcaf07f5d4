using System.Buffers;
using System.IO.Pipelines;

namespace StorageOps.Simulator.Hosting;

/// <summary>
/// A connection's output, passed through unchanged except for the bare error Kestrel writes when it rejects a request before the
/// simulator sees it (a NUL in the path, a malformed header): that one is replaced by the service's own error, see <see cref="KestrelRejectionResponses"/>.
/// </summary>
internal sealed class RejectionRewritingPipeWriter(PipeWriter inner, RequestHeadRecordingPipeReader input, SimulatorRequestLog log, TimeProvider clock) : PipeWriter
{
    private readonly ArrayBufferWriter<byte> pending = new();

    public override void Advance(int bytes) => pending.Advance(bytes);

    public override Memory<byte> GetMemory(int sizeHint = 0) => pending.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => pending.GetSpan(sizeHint);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        await MovePendingAsync();
        return await inner.FlushAsync(cancellationToken);
    }

    public override void Complete(Exception? exception = null)
    {
        // Kestrel flushes before it completes; anything left is passed on as written.
        inner.Write(pending.WrittenSpan);
        pending.ResetWrittenCount();
        inner.Complete(exception);
    }

    public override async ValueTask CompleteAsync(Exception? exception = null)
    {
        await MovePendingAsync();
        await inner.CompleteAsync(exception);
    }

    private async Task MovePendingAsync()
    {
        if (pending.WrittenCount == 0)
        {
            return;
        }

        var replacement = KestrelRejectionResponses.IsBareRejection(pending.WrittenSpan, out var statusCode)
            ? await KestrelRejectionResponses.RenderAsync(statusCode, input.LastRead, log, clock)
            : null;
        inner.Write(replacement ?? pending.WrittenSpan);
        pending.ResetWrittenCount();
    }
}
