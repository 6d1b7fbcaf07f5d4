using System.Text.Json;
using Amazon.Runtime;
using StorageOps.Aws.StepFunctions;

namespace StorageOps.Aws.Tests.Support;

internal static class StepFunctionsTestClients
{
    public const string Region = "us-east-1";

    /// <summary>Reads inputs written with the model's lower-camel member names into our Pascal-case records.</summary>
    public static JsonSerializerOptions ModelNames { get; } = new() { PropertyNameCaseInsensitive = true };

    public static StepFunctionsClient For(string endpoint, int? maxErrorRetry = null) => new(new AwsClientSettings
    {
        Region = Region,
        ServiceUrl = endpoint,
        Credentials = new BasicAWSCredentials(OfficialJavaScriptSdk.AccessKeyId, OfficialJavaScriptSdk.SecretAccessKey),
        MaxErrorRetry = maxErrorRetry,
        Timeout = Bounded.HttpAttempt,
    });

    /// <summary>An awsJson1_0 response body.</summary>
    public static CannedResponse Json(string body) =>
        new(200, body, new Dictionary<string, string> { ["Content-Type"] = "application/x-amz-json-1.0", ["x-amzn-RequestId"] = "req-0001" });

    /// <summary>An awsJson1_0 error: <c>{"__type":"…","message":"…"}</c>.</summary>
    public static CannedResponse Error(int statusCode, string type, string message, string requestId = "req-0001") => new(
        statusCode,
        JsonSerializer.Serialize(new Dictionary<string, string> { ["__type"] = type, ["message"] = message }),
        new Dictionary<string, string> { ["Content-Type"] = "application/x-amz-json-1.0", ["x-amzn-RequestId"] = requestId });
}
