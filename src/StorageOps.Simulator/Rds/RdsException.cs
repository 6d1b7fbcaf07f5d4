namespace StorageOps.Simulator.Rds;

/// <summary>An error RDS would return; the HTTP layer writes it as an <c>ErrorResponse</c> document.</summary>
public sealed class RdsException : Exception
{
    public RdsException(string errorCode, string message)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    public string ErrorCode { get; }

    public int HttpStatusCode => RdsErrorCodes.HttpStatusCodeOf(ErrorCode);

    public static RdsException DBClusterNotFound(string identifier) =>
        new(RdsErrorCodes.DBClusterNotFoundFault, $"DBCluster {identifier} not found.");

    public static RdsException DBClusterSnapshotNotFound(string identifier) =>
        new(RdsErrorCodes.DBClusterSnapshotNotFoundFault, $"DBClusterSnapshot {identifier} not found.");

    public static RdsException MissingParameter(string name) =>
        new(RdsErrorCodes.MissingParameter, $"The request must contain the parameter {name}");

    public static RdsException InvalidParameterValue(string message) => new(RdsErrorCodes.InvalidParameterValue, message);
}
