namespace StorageOps.StatesLanguage.Tests.Support;

/// <summary>Builds small definitions around one state, to keep tests focused on that state.</summary>
internal static class Machines
{
    /// <summary>A machine whose only state is <paramref name="stateJson"/>, named "S", which must end the execution.</summary>
    public static string Single(string stateJson) => """{"StartAt":"S","States":{"S":""" + stateJson + "}}";

    public const string LambdaArn = "arn:aws:lambda:us-east-1:123456789012:function:Worker";
}
