namespace StorageOps.Simulator.DocDbElastic;

/// <summary>An error DocumentDB Elastic would return; the HTTP layer writes the <c>x-amzn-ErrorType</c> header and the model's members.</summary>
public sealed class DocDbElasticException : Exception
{
    private DocDbElasticException(string errorType, int httpStatusCode, string message)
        : base(message)
    {
        ErrorType = errorType;
        HttpStatusCode = httpStatusCode;
    }

    public string ErrorType { get; }

    public int HttpStatusCode { get; }

    /// <summary>ConflictException and ResourceNotFoundException: the resource concerned.</summary>
    public string? ResourceId { get; private init; }

    public string? ResourceType { get; private init; }

    /// <summary>ValidationException: <c>unknownOperation</c>, <c>cannotParse</c>, <c>fieldValidationFailed</c> or <c>other</c>.</summary>
    public string? Reason { get; private init; }

    public IReadOnlyList<ValidationExceptionField>? FieldList { get; private init; }

    public static DocDbElasticException Validation(string message, string? fieldName = null) => new("ValidationException", 400, message)
    {
        Reason = fieldName is null ? "other" : "fieldValidationFailed",
        FieldList = fieldName is null ? null : [new ValidationExceptionField(fieldName, message)],
    };

    public static DocDbElasticException Conflict(string message, string resourceId, string resourceType) =>
        new("ConflictException", 409, message) { ResourceId = resourceId, ResourceType = resourceType };

    public static DocDbElasticException ResourceNotFound(string message, string resourceId, string resourceType) =>
        new("ResourceNotFoundException", 404, message) { ResourceId = resourceId, ResourceType = resourceType };
}
