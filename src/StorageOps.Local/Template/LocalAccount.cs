namespace StorageOps.Local.Template;

/// <summary>The account and region a local run pretends to be in; ARNs are built from them.</summary>
public sealed record LocalAccount(string Region = "us-east-1", string AccountId = "123456789012", string StackName = "storageops")
{
    public string FunctionArn(string functionName) => $"arn:aws:lambda:{Region}:{AccountId}:function:{functionName}";

    public string StateMachineArn(string name) => $"arn:aws:states:{Region}:{AccountId}:stateMachine:{name}";

    public string QueueArn(string name) => $"arn:aws:sqs:{Region}:{AccountId}:{name}";

    public string QueueUrl(string name) => $"https://sqs.{Region}.amazonaws.com/{AccountId}/{name}";
}
