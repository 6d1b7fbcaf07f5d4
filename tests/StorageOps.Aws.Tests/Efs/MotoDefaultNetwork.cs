using System.Xml.Linq;
using StorageOps.Aws.Tests.Support;
using StorageOps.Testing;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>
/// The default VPC moto creates in every Region, read (and extended) over moto's EC2 query API, so EFS mount targets
/// have real subnets and security groups to live in.
/// </summary>
internal sealed class MotoDefaultNetwork
{
    private readonly MotoServer moto;

    private MotoDefaultNetwork(MotoServer moto, IReadOnlyList<(string SubnetId, string AvailabilityZone, string VpcId)> subnets)
    {
        this.moto = moto;
        Subnets = subnets;
    }

    /// <summary>One default subnet per Availability Zone, ordered by zone.</summary>
    public IReadOnlyList<(string SubnetId, string AvailabilityZone, string VpcId)> Subnets { get; }

    public static async Task<MotoDefaultNetwork> ReadAsync(MotoServer moto)
    {
        var response = await Ec2Async(moto, new Dictionary<string, string> { ["Action"] = "DescribeSubnets" });
        var subnets = response.Descendants().Where(element => element.Name.LocalName == "item" && Child(element, "subnetId") is not null)
            .Select(item => (Child(item, "subnetId")!, Child(item, "availabilityZone")!, Child(item, "vpcId")!))
            .Where(subnet => subnet.Item2.StartsWith("us-east-1", StringComparison.Ordinal))
            .OrderBy(subnet => subnet.Item2, StringComparer.Ordinal)
            .ToList();
        return new MotoDefaultNetwork(moto, subnets);
    }

    public async Task<string> CreateSecurityGroupAsync(string name)
    {
        var response = await Ec2Async(moto, new Dictionary<string, string>
        {
            ["Action"] = "CreateSecurityGroup",
            ["GroupName"] = name,
            ["GroupDescription"] = "StorageOps test group " + name,
            ["VpcId"] = Subnets[0].VpcId,
        });
        return response.Descendants().Single(element => element.Name.LocalName == "groupId").Value;
    }

    private static string? Child(XElement element, string name) => element.Elements().FirstOrDefault(child => child.Name.LocalName == name)?.Value;

    private static async Task<XDocument> Ec2Async(MotoServer moto, Dictionary<string, string> parameters)
    {
        parameters["Version"] = "2016-11-15";
        using var http = new HttpClient { Timeout = Bounded.HttpAttempt };
        using var request = new HttpRequestMessage(HttpMethod.Post, moto.Endpoint) { Content = new FormUrlEncodedContent(parameters) };
        // moto routes by the service and Region of the credential scope; it does not verify signatures.
        request.Headers.TryAddWithoutValidation(
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"moto EC2 {parameters["Action"]} failed: {body}");
        return XDocument.Parse(body);
    }
}
