namespace ColdStart.Benchmarks;

/// <summary>What a runtime posted back for an invocation, and when (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
internal sealed record PostedResult(long ArrivedAt, string Path, string? ErrorType, string Body);
