using System.Net;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Hosting;

/// <summary>How requests reach RDS and DocumentDB Elastic: by SigV4 credential scope, or by their wire shape when unsigned.</summary>
public sealed class AwsRequestDispatcherRdsAndDocDbElasticRoutingTests : IAsyncLifetime
{
    private SimulatorHttp http = null!;

    public async Task InitializeAsync() => http = await SimulatorHttp.StartAsync();

    public async Task DisposeAsync() => await http.DisposeAsync();

    [Fact]
    public async Task Dispatch_WhenUnsignedFormPostCarriesRdsVersion_ShouldReachRds()
    {
        using var response = await http.Client.PostAsync(new Uri("/", UriKind.Relative), Form(("Action", "DescribeDBClusters"), ("Version", "2014-10-31")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<DescribeDBClustersResponse xmlns=\"http://rds.amazonaws.com/doc/2014-10-31/\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_WhenUnsignedFormPostCarriesAnotherServicesVersion_ShouldReturn404UnknownOperation()
    {
        using var response = await http.Client.PostAsync(new Uri("/", UriKind.Relative), Form(("Action", "ListQueues"), ("Version", "2012-11-05")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["UnknownOperationException"], response.Headers.GetValues("x-amzn-ErrorType"));
    }

    [Fact]
    public async Task Dispatch_WhenSignedForRdsWithoutVersion_ShouldReachRdsAndNameTheMissingAction()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative)) { Content = Form(("Version", "2014-10-31")) };
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "rds"));

        using var response = await http.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<Code>MissingAction</Code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/clusters")]
    [InlineData("/cluster-snapshots")]
    public async Task Dispatch_WhenUnsignedGetOnDocDbElasticPath_ShouldReachDocDbElastic(string path)
    {
        using var response = await http.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Dispatch_WhenEfsRequestSigned_ShouldStillReachEfs()
    {
        using var response = await http.SendAsync(HttpMethod.Get, "/2015-02-01/file-systems");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await SimulatorHttp.ReadObjectAsync(response))["FileSystems"]);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)));
}
