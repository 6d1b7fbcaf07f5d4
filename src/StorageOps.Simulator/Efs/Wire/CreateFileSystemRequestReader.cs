using static StorageOps.Simulator.Efs.Wire.EfsJsonBody;

namespace StorageOps.Simulator.Efs.Wire;

/// <summary>Reads the restJson1 body of <c>CreateFileSystem</c>; members keep their model names, unknown members are ignored.</summary>
internal static class CreateFileSystemRequestReader
{
    public static async Task<CreateFileSystemRequest> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var document = await EfsJsonBody.ReadAsync(body, cancellationToken);
        var root = document.RootElement;
        return new CreateFileSystemRequest
        {
            CreationToken = StringMember(root, "CreationToken"),
            PerformanceMode = StringMember(root, "PerformanceMode"),
            Encrypted = BooleanMember(root, "Encrypted"),
            KmsKeyId = StringMember(root, "KmsKeyId"),
            ThroughputMode = StringMember(root, "ThroughputMode"),
            ProvisionedThroughputInMibps = NumberMember(root, "ProvisionedThroughputInMibps"),
            AvailabilityZoneName = StringMember(root, "AvailabilityZoneName"),
            Backup = BooleanMember(root, "Backup"),
            Tags = TagsMember(root, "Tags"),
        };
    }
}
