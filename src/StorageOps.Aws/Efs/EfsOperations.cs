using StorageOps.Aws.Protocol.Json;
using StorageOps.Aws.Protocol.RestJson;

namespace StorageOps.Aws.Efs;

/// <summary>
/// EFS operations, declared from the 2015-02-01 service model (<c>http</c>, member <c>location</c>s, output shape,
/// <c>errors</c>). Adding an operation is one definition here plus its wire test.
/// </summary>
internal static class EfsOperations
{
    public static RestJsonOperation<CreateFileSystemRequest, FileSystemDescription> CreateFileSystem { get; } =
        RestJsonOperation<CreateFileSystemRequest, FileSystemDescription>
            .Define("CreateFileSystem", "POST", "/2015-02-01/file-systems")
            .Body("CreationToken", r => r.CreationToken)
            .Body("PerformanceMode", r => r.PerformanceMode)
            .Body("Encrypted", r => r.Encrypted)
            .Body("KmsKeyId", r => r.KmsKeyId)
            .Body("ThroughputMode", r => r.ThroughputMode)
            .Body("ProvisionedThroughputInMibps", r => r.ProvisionedThroughputInMibps)
            .Body("AvailabilityZoneName", r => r.AvailabilityZoneName)
            .Body("Backup", r => r.Backup)
            .Body("Tags", r => r.Tags, JsonValueWriters.List<Tag>(EfsShapes.WriteTag))
            .Validate(EfsValidation.CreateFileSystem)
            .Output(EfsShapes.ReadFileSystemDescription)
            .Errors(
                "BadRequest",
                "InternalServerError",
                "FileSystemAlreadyExists",
                "FileSystemLimitExceeded",
                "InsufficientThroughputCapacity",
                "ThroughputLimitExceeded",
                "UnsupportedAvailabilityZone");

    public static RestJsonOperation<DescribeFileSystemsRequest, DescribeFileSystemsResponse> DescribeFileSystems { get; } =
        RestJsonOperation<DescribeFileSystemsRequest, DescribeFileSystemsResponse>
            .Define("DescribeFileSystems", "GET", "/2015-02-01/file-systems")
            .Query("MaxItems", r => r.MaxItems)
            .Query("Marker", r => r.Marker)
            .Query("CreationToken", r => r.CreationToken)
            .Query("FileSystemId", r => r.FileSystemId)
            .Validate(EfsValidation.DescribeFileSystems)
            .Output(EfsShapes.ReadDescribeFileSystemsResponse)
            .Errors("BadRequest", "InternalServerError", "FileSystemNotFound");
}
