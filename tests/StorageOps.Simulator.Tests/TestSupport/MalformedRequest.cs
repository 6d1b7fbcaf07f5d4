namespace StorageOps.Simulator.Tests.TestSupport;

/// <summary>One request a careless or hostile client might send, and the error shape its protocol answers in.</summary>
internal sealed record MalformedRequest(string Name, WireErrorShape Shape, Func<HttpRequestMessage> Build)
{
    public override string ToString() => Name;
}
