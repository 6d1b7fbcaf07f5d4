using StorageOps.Aws.Protocol;

namespace StorageOps.Aws.Efs;

/// <summary>Amazon EFS as the protocol layer sees it: service metadata and every error code of the 2015-02-01 model.</summary>
internal static class EfsService
{
    public static AwsServiceDescription Description { get; } = new(
        ServiceId: "EFS",
        SigningName: "elasticfilesystem",
        EndpointPrefix: "elasticfilesystem",
        ApiVersion: "2015-02-01");

    public static ServiceErrorCatalog Errors { get; } = new ServiceErrorCatalog(e => new EfsServiceException(e.Message, e.Code, e.RequestId, e.StatusCode))
        .Add("AccessPointAlreadyExists", e => new AccessPointAlreadyExistsException(e.Message, e.RequestId, e.StatusCode, e.Member("AccessPointId")))
        .Add("AccessPointLimitExceeded", e => new AccessPointLimitExceededException(e.Message, e.RequestId, e.StatusCode))
        .Add("AccessPointNotFound", e => new AccessPointNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("AvailabilityZonesMismatch", e => new AvailabilityZonesMismatchException(e.Message, e.RequestId, e.StatusCode))
        .Add("BadRequest", e => new BadRequestException(e.Message, e.RequestId, e.StatusCode))
        .Add("ConflictException", e => new ConflictException(e.Message, e.RequestId, e.StatusCode))
        .Add("DependencyTimeout", e => new DependencyTimeoutException(e.Message, e.RequestId, e.StatusCode))
        .Add("FileSystemAlreadyExists", e => new FileSystemAlreadyExistsException(e.Message, e.RequestId, e.StatusCode, e.Member("FileSystemId") ?? string.Empty))
        .Add("FileSystemInUse", e => new FileSystemInUseException(e.Message, e.RequestId, e.StatusCode))
        .Add("FileSystemLimitExceeded", e => new FileSystemLimitExceededException(e.Message, e.RequestId, e.StatusCode))
        .Add("FileSystemNotFound", e => new FileSystemNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("IncorrectFileSystemLifeCycleState", e => new IncorrectFileSystemLifeCycleStateException(e.Message, e.RequestId, e.StatusCode))
        .Add("IncorrectMountTargetState", e => new IncorrectMountTargetStateException(e.Message, e.RequestId, e.StatusCode))
        .Add("InsufficientThroughputCapacity", e => new InsufficientThroughputCapacityException(e.Message, e.RequestId, e.StatusCode))
        .Add("InternalServerError", e => new InternalServerErrorException(e.Message, e.RequestId, e.StatusCode))
        .Add("InvalidPolicyException", e => new InvalidPolicyException(e.Message, e.RequestId, e.StatusCode))
        .Add("IpAddressInUse", e => new IpAddressInUseException(e.Message, e.RequestId, e.StatusCode))
        .Add("MountTargetConflict", e => new MountTargetConflictException(e.Message, e.RequestId, e.StatusCode))
        .Add("MountTargetNotFound", e => new MountTargetNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("NetworkInterfaceLimitExceeded", e => new NetworkInterfaceLimitExceededException(e.Message, e.RequestId, e.StatusCode))
        .Add("NoFreeAddressesInSubnet", e => new NoFreeAddressesInSubnetException(e.Message, e.RequestId, e.StatusCode))
        .Add("PolicyNotFound", e => new PolicyNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("ReplicationAlreadyExists", e => new ReplicationAlreadyExistsException(e.Message, e.RequestId, e.StatusCode))
        .Add("ReplicationNotFound", e => new ReplicationNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("SecurityGroupLimitExceeded", e => new SecurityGroupLimitExceededException(e.Message, e.RequestId, e.StatusCode))
        .Add("SecurityGroupNotFound", e => new SecurityGroupNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("SubnetNotFound", e => new SubnetNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("ThrottlingException", e => new ThrottlingException(e.Message, e.RequestId, e.StatusCode))
        .Add("ThroughputLimitExceeded", e => new ThroughputLimitExceededException(e.Message, e.RequestId, e.StatusCode))
        .Add("TooManyRequests", e => new TooManyRequestsException(e.Message, e.RequestId, e.StatusCode))
        .Add("UnsupportedAvailabilityZone", e => new UnsupportedAvailabilityZoneException(e.Message, e.RequestId, e.StatusCode))
        .Add("ValidationException", e => new ValidationException(e.Message, e.RequestId, e.StatusCode));
}
