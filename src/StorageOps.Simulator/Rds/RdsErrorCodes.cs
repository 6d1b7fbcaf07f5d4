namespace StorageOps.Simulator.Rds;

/// <summary>RDS error codes as they appear in <c>&lt;Error&gt;&lt;Code&gt;</c>, with the HTTP status the 2014-10-31 model gives each.</summary>
public static class RdsErrorCodes
{
    public const string DBClusterAlreadyExistsFault = "DBClusterAlreadyExistsFault";
    public const string DBClusterNotFoundFault = "DBClusterNotFoundFault";
    public const string DBClusterSnapshotAlreadyExistsFault = "DBClusterSnapshotAlreadyExistsFault";
    public const string DBClusterSnapshotNotFoundFault = "DBClusterSnapshotNotFoundFault";
    public const string InvalidDBClusterSnapshotStateFault = "InvalidDBClusterSnapshotStateFault";
    public const string InvalidDBClusterStateFault = "InvalidDBClusterStateFault";

    /// <summary>An Action RDS does not have, or one asked for under another API Version.</summary>
    public const string InvalidAction = "InvalidAction";
    public const string InvalidParameterCombination = "InvalidParameterCombination";
    public const string InvalidParameterValue = "InvalidParameterValue";
    public const string KmsKeyNotAccessibleFault = "KMSKeyNotAccessibleFault";
    public const string MalformedQueryString = "MalformedQueryString";
    public const string MissingAction = "MissingAction";
    public const string MissingParameter = "MissingParameter";

    // The model's SnapshotQuotaExceededFault shape carries this code.
    public const string SnapshotQuotaExceeded = "SnapshotQuotaExceeded";

    public static int HttpStatusCodeOf(string errorCode) => errorCode switch
    {
        DBClusterNotFoundFault or DBClusterSnapshotNotFoundFault => 404,
        _ => 400,
    };
}
