using System.Net;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>DocumentDB Elastic <c>ValidationException</c> (HTTP 400): the service rejected the input.</summary>
public sealed class ValidationException : DocDbElasticServiceException
{
    public ValidationException(string message, string? requestId, HttpStatusCode statusCode, string? reason, IReadOnlyList<ValidationExceptionField> fieldList)
        : base(message, "ValidationException", requestId, statusCode)
    {
        Reason = reason;
        FieldList = fieldList;
    }

    /// <summary><c>unknownOperation</c>, <c>cannotParse</c>, <c>fieldValidationFailed</c> or <c>other</c>.</summary>
    public string? Reason { get; }

    public IReadOnlyList<ValidationExceptionField> FieldList { get; }
}
