using Amazon.Runtime;
using StorageOps.Aws.Rds;

namespace StorageOps.Aws.Tests.Support;

internal static class RdsTestClients
{
    public const string Region = "us-east-1";

    public static RdsClient For(string endpoint, int? maxErrorRetry = null) => new(new AwsClientSettings
    {
        Region = Region,
        ServiceUrl = endpoint,
        Credentials = new BasicAWSCredentials(OfficialJavaScriptSdk.AccessKeyId, OfficialJavaScriptSdk.SecretAccessKey),
        MaxErrorRetry = maxErrorRetry,
        Timeout = Bounded.HttpAttempt,
    });

    /// <summary>An awsQuery XML response: <c>&lt;{operation}Response&gt;&lt;{operation}Result&gt;{result}&lt;/…&gt;&lt;ResponseMetadata/&gt;</c>.</summary>
    public static CannedResponse Xml(string operation, string result, string requestId = "req-0001") => new(
        200,
        $"""<{operation}Response xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><{operation}Result>{result}</{operation}Result><ResponseMetadata><RequestId>{requestId}</RequestId></ResponseMetadata></{operation}Response>""",
        new Dictionary<string, string> { ["Content-Type"] = "text/xml" });

    /// <summary>An awsQuery error: <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;</c>.</summary>
    public static CannedResponse Error(int statusCode, string code, string message, string requestId = "req-0001") => new(
        statusCode,
        $"""<ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><Error><Type>{(statusCode >= 500 ? "Receiver" : "Sender")}</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>{requestId}</RequestId></ErrorResponse>""",
        new Dictionary<string, string> { ["Content-Type"] = "text/xml" });
}
