namespace StorageOps.Simulator.DocDbElastic;

public sealed record ValidationExceptionField(string Name, string Message);
