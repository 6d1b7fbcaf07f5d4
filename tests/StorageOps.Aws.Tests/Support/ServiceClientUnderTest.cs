using System.Text.Json;

namespace StorageOps.Aws.Tests.Support;

/// <summary>One of our clients as the model-driven tests drive it: its interface, how to build it, its input member names, its minimal response.</summary>
internal sealed record ServiceClientUnderTest(
    Type Interface,
    Func<string, object> Create,
    JsonSerializerOptions? MemberNames,
    Func<string, CannedResponse> MinimalResponse);
