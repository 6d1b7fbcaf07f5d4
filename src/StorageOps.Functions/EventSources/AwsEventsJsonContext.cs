using System.Text.Json.Serialization;
using StorageOps.Functions.EventSources.EventBridge;
using StorageOps.Functions.EventSources.Sqs;

namespace StorageOps.Functions.EventSources;

/// <summary>
/// Source-generated metadata for the event shapes AWS owns. AWS adds members to them without notice, so unknown
/// members are skipped here, unlike in <see cref="Serialization.FunctionsJsonContext"/>, where our own payloads are strict.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(SqsEvent))]
[JsonSerializable(typeof(SqsBatchResponse))]
[JsonSerializable(typeof(ScheduledEvent))]
public sealed partial class AwsEventsJsonContext : JsonSerializerContext;
