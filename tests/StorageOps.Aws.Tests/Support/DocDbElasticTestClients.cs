using Amazon.Runtime;
using StorageOps.Aws.DocDbElastic;

namespace StorageOps.Aws.Tests.Support;

internal static class DocDbElasticTestClients
{
    public const string Region = "us-east-1";

    public static DocDbElasticClient For(string endpoint, int? maxErrorRetry = null) => new(new AwsClientSettings
    {
        Region = Region,
        ServiceUrl = endpoint,
        Credentials = new BasicAWSCredentials(OfficialJavaScriptSdk.AccessKeyId, OfficialJavaScriptSdk.SecretAccessKey),
        MaxErrorRetry = maxErrorRetry,
        Timeout = Bounded.HttpAttempt,
    });
}
