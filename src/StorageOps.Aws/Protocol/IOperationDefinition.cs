namespace StorageOps.Aws.Protocol;

/// <summary>The protocol-independent part of an operation definition.</summary>
internal interface IOperationDefinition
{
    /// <summary>The API operation name, e.g. <c>CreateFileSystem</c>.</summary>
    string Name { get; }

    /// <summary>The error codes the service model lists for the operation (each maps to a typed exception).</summary>
    IReadOnlyList<string> ErrorCodes { get; }
}
