using System.Text.Json.Serialization;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Serialization;

/// <summary>Source-generated JSON metadata for every event, result and error document the handlers exchange.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ProvisionFileSystemRequest))]
[JsonSerializable(typeof(ReplicateFileSystemRequest))]
[JsonSerializable(typeof(UpdateFileSystemRequest))]
[JsonSerializable(typeof(TeardownFileSystemRequest))]
[JsonSerializable(typeof(CreatedFileSystem))]
[JsonSerializable(typeof(DescribeFileSystemInput))]
[JsonSerializable(typeof(FileSystemStatus))]
[JsonSerializable(typeof(LambdaErrorDocument))]
public sealed partial class FunctionsJsonContext : JsonSerializerContext;
