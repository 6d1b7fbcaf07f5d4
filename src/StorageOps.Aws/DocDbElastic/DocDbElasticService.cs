using System.Text.Json;
using StorageOps.Aws.Protocol;
using StorageOps.Aws.Protocol.Json;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>Amazon DocumentDB Elastic as the protocol layer sees it: service metadata and every error code of the 2022-11-28 model.</summary>
internal static class DocDbElasticService
{
    public static AwsServiceDescription Description { get; } = new(
        ServiceId: "DocDB Elastic",
        SigningName: "docdb-elastic",
        EndpointPrefix: "docdb-elastic",
        ApiVersion: "2022-11-28");

    public static ServiceErrorCatalog Errors { get; } = new ServiceErrorCatalog(e => new DocDbElasticServiceException(e.Message, e.Code, e.RequestId, e.StatusCode))
        .Add("AccessDeniedException", e => new AccessDeniedException(e.Message, e.RequestId, e.StatusCode))
        .Add("ConflictException", e => new ConflictException(e.Message, e.RequestId, e.StatusCode, e.Member("resourceId"), e.Member("resourceType")))
        .Add("InternalServerException", e => new InternalServerException(e.Message, e.RequestId, e.StatusCode))
        .Add("ResourceNotFoundException", e => new ResourceNotFoundException(e.Message, e.RequestId, e.StatusCode, e.Member("resourceId"), e.Member("resourceType")))
        .Add("ServiceQuotaExceededException", e => new ServiceQuotaExceededException(e.Message, e.RequestId, e.StatusCode))
        .Add("ThrottlingException", e => new ThrottlingException(e.Message, e.RequestId, e.StatusCode))
        .Add("ValidationException", e => new ValidationException(e.Message, e.RequestId, e.StatusCode, e.Member("reason"), FieldList(e.Body)));

    private static IReadOnlyList<ValidationExceptionField> FieldList(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
            ? body.List("fieldList", field => new ValidationExceptionField(field.String("name") ?? string.Empty, field.String("message") ?? string.Empty))
            : [];
}
