namespace ColdStart.Benchmarks;

/// <summary>One kind of cold start: which published assembly, with which extra environment, answering which event.</summary>
/// <param name="ExpectedPathSuffix">The Runtime API path the first answer must go to (<c>/response</c> or <c>/error</c>).</param>
internal sealed record ColdStartCase(
    string Name,
    string Assembly,
    IReadOnlyDictionary<string, string> Environment,
    string EventJson,
    string ExpectedPathSuffix,
    string? ExpectedErrorType);
