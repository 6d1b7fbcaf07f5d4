namespace StorageOps.Aws.Protocol.RestJson;

/// <summary>The non-generic view of a <see cref="RestJsonOperation{TInput,TOutput}"/>: its HTTP binding and errors.</summary>
internal interface IRestJsonOperation : IOperationDefinition
{
    string Method { get; }

    string PathTemplate { get; }
}
