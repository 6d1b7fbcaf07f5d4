using System.Net;
using System.Xml.Linq;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Ec2.Wire;

/// <summary>The EC2 query protocol on the wire, sent by hand: the form, the XML envelope, the error document, and routing without a signature.</summary>
public sealed class Ec2QueryHandlerHttpTests : IAsyncLifetime
{
    private static readonly XNamespace Ec2 = "http://ec2.amazonaws.com/doc/2016-11-15/";

    private SimulatorHttp http = null!;

    public async Task InitializeAsync() => http = await SimulatorHttp.StartAsync();

    public async Task DisposeAsync() => await http.DisposeAsync();

    [Fact]
    public async Task DescribeSubnets_WhenSignedForEc2_ShouldAnswerInTheEc2NamespaceWithItemLists()
    {
        using var response = await PostAsync("Action=DescribeSubnets&Version=2016-11-15&Filter.1.Name=availability-zone&Filter.1.Value.1=us-east-1a&Filter.1.Value.2=us-east-1b", signedFor: "ec2");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Ec2 + "DescribeSubnetsResponse", document.Root!.Name);
        Assert.Matches("^[0-9a-f-]{36}$", document.Root.Element(Ec2 + "requestId")!.Value);
        var items = document.Root.Element(Ec2 + "subnetSet")!.Elements(Ec2 + "item").ToList();
        Assert.Equal(["us-east-1a", "us-east-1b"], items.Select(item => item.Element(Ec2 + "availabilityZone")!.Value));
        Assert.Equal(["172.31.0.0/20", "172.31.16.0/20"], items.Select(item => item.Element(Ec2 + "cidrBlock")!.Value));
    }

    [Fact]
    public async Task DescribeSubnets_WhenUnsignedButVersionIsEc2s_ShouldStillBeRoutedToEc2()
    {
        using var response = await PostAsync("Action=DescribeVpcs&Version=2016-11-15", signedFor: null);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("172.31.0.0/16", document.Root!.Element(Ec2 + "vpcSet")!.Element(Ec2 + "item")!.Element(Ec2 + "cidrBlock")!.Value);
        Assert.Equal("ec2", http.Simulator.RequestLog.Snapshot()[^1].Service);
    }

    [Fact]
    public async Task DescribeSubnets_WhenTheIdIsUnknown_ShouldAnswerTheEc2ErrorDocument()
    {
        using var response = await PostAsync("Action=DescribeSubnets&Version=2016-11-15&SubnetId.1=subnet-00000000000000000", signedFor: "ec2");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Response", document.Root!.Name.LocalName);
        Assert.Equal(XNamespace.None, document.Root.Name.Namespace);
        var error = document.Root.Element("Errors")!.Element("Error")!;
        Assert.Equal("InvalidSubnetID.NotFound", error.Element("Code")!.Value);
        Assert.Equal("The subnet ID 'subnet-00000000000000000' does not exist", error.Element("Message")!.Value);
        Assert.Equal(response.Headers.GetValues("x-amzn-RequestId").Single(), document.Root.Element("RequestID")!.Value);
    }

    [Fact]
    public async Task Dispatch_WhenTheActionIsNotSimulatedOrMissing_ShouldAnswerInvalidActionOrMissingAction()
    {
        using var unknown = await PostAsync("Action=RunInstances&Version=2016-11-15", signedFor: "ec2");
        using var missing = await PostAsync("Version=2016-11-15", signedFor: "ec2");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("<Code>InvalidAction</Code>", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<Code>MissingAction</Code>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeSecurityGroups_WhenAFilterHasNoValue_ShouldAnswerInvalidParameterValue()
    {
        using var response = await PostAsync("Action=DescribeSecurityGroups&Version=2016-11-15&Filter.1.Name=vpc-id", signedFor: "ec2");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<Code>InvalidParameterValue</Code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeSubnets_WhenAFaultRuleThrottlesEc2_ShouldAnswerRequestLimitExceededAsEc2Does()
    {
        await using var throttled = await SimulatorHttp.StartAsync(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "ec2", Operation = "DescribeSubnets", ThrottleRate = 1 }] },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative))
        {
            Content = new StringContent("Action=DescribeSubnets&Version=2016-11-15", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "ec2"));

        using var response = await throttled.Client.SendAsync(request);
        using var unaffected = await PostAsync("Action=DescribeSubnets&Version=2016-11-15", signedFor: "ec2");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("RequestLimitExceeded", XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("Errors")!.Element("Error")!.Element("Code")!.Value);
        Assert.Equal(HttpStatusCode.OK, unaffected.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string form, string? signedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative))
        {
            Content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        if (signedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", signedFor));
        }

        return await http.Client.SendAsync(request);
    }
}
