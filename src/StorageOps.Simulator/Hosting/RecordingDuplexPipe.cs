using System.IO.Pipelines;

namespace StorageOps.Simulator.Hosting;

/// <summary>A connection's transport with its input recorded and Kestrel's bare rejections rewritten.</summary>
internal sealed class RecordingDuplexPipe : IDuplexPipe
{
    public RecordingDuplexPipe(IDuplexPipe transport, SimulatorRequestLog log, TimeProvider clock)
    {
        var input = new RequestHeadRecordingPipeReader(transport.Input);
        Input = input;
        Output = new RejectionRewritingPipeWriter(transport.Output, input, log, clock);
    }

    public PipeReader Input { get; }

    public PipeWriter Output { get; }
}
