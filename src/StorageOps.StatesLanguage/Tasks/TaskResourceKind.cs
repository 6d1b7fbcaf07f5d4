namespace StorageOps.StatesLanguage.Tasks;

public enum TaskResourceKind
{
    /// <summary>arn:aws:states:::lambda:invoke, the optimised Lambda integration.</summary>
    LambdaInvoke,

    /// <summary>A plain function ARN, arn:aws:lambda:REGION:ACCOUNT:function:NAME.</summary>
    LambdaFunction,

    /// <summary>arn:aws:states:::sns:publish, arn:aws:states:::events:putEvents or arn:aws:states:::states:startExecution.</summary>
    ServiceIntegration,

    /// <summary>Any other ARN: recognised as a resource but not integrated yet; fails when the state runs.</summary>
    Unsupported,
}
