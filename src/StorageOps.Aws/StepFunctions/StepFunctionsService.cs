using StorageOps.Aws.Protocol;

namespace StorageOps.Aws.StepFunctions;

/// <summary>AWS Step Functions as the protocol layer sees it: service metadata and every error code the supported operations list (2016-11-23 model).</summary>
internal static class StepFunctionsService
{
    /// <summary>The model's <c>targetPrefix</c>: requests carry <c>X-Amz-Target: AWSStepFunctions.{Operation}</c>.</summary>
    public const string TargetPrefix = "AWSStepFunctions";

    public static AwsServiceDescription Description { get; } = new(
        ServiceId: "SFN",
        SigningName: "states",
        EndpointPrefix: "states",
        ApiVersion: "2016-11-23");

    public static ServiceErrorCatalog Errors { get; } = new ServiceErrorCatalog(e => new StepFunctionsServiceException(e.Message, e.Code, e.RequestId, e.StatusCode))
        .Add("ExecutionAlreadyExists", e => new ExecutionAlreadyExistsException(e.Message, e.RequestId, e.StatusCode))
        .Add("ExecutionDoesNotExist", e => new ExecutionDoesNotExistException(e.Message, e.RequestId, e.StatusCode))
        .Add("ExecutionLimitExceeded", e => new ExecutionLimitExceededException(e.Message, e.RequestId, e.StatusCode))
        .Add("InvalidArn", e => new InvalidArnException(e.Message, e.RequestId, e.StatusCode))
        .Add("InvalidExecutionInput", e => new InvalidExecutionInputException(e.Message, e.RequestId, e.StatusCode))
        .Add("InvalidName", e => new InvalidNameException(e.Message, e.RequestId, e.StatusCode))
        .Add("InvalidToken", e => new InvalidTokenException(e.Message, e.RequestId, e.StatusCode))
        .Add("KmsAccessDeniedException", e => new KmsAccessDeniedException(e.Message, e.RequestId, e.StatusCode))
        .Add("KmsInvalidStateException", e => new KmsInvalidStateException(e.Message, e.RequestId, e.StatusCode))
        .Add("KmsThrottlingException", e => new KmsThrottlingException(e.Message, e.RequestId, e.StatusCode))
        .Add("ResourceNotFound", e => new ResourceNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("StateMachineDeleting", e => new StateMachineDeletingException(e.Message, e.RequestId, e.StatusCode))
        .Add("StateMachineDoesNotExist", e => new StateMachineDoesNotExistException(e.Message, e.RequestId, e.StatusCode))
        .Add("StateMachineTypeNotSupported", e => new StateMachineTypeNotSupportedException(e.Message, e.RequestId, e.StatusCode))
        .Add("ValidationException", e => new ValidationException(e.Message, e.RequestId, e.StatusCode));
}
