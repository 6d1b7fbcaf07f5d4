using System.Xml;
using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Accounts;

namespace StorageOps.Simulator.Ec2.Wire;

/// <summary>Translates EC2 query requests (form-encoded <c>Action=...&amp;Version=2016-11-15</c>) into <see cref="Ec2Backend"/> calls and XML responses.</summary>
internal sealed class Ec2QueryHandler(Ec2Backend backend)
{
    public const string ApiVersion = "2016-11-15";

    /// <summary>Whether an unsigned request is an EC2 query call: <c>POST /</c> with a form whose Version is EC2's.</summary>
    public static async Task<bool> HandlesAsync(HttpRequest request)
    {
        if (request.Method != HttpMethods.Post || request.Path.Value is not ("/" or "") || !request.HasFormContentType)
        {
            return false;
        }

        try
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form["Version"] == ApiVersion;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public async Task HandleAsync(HttpContext context, AccountRegion scope)
    {
        var response = context.Response;
        try
        {
            var form = await ReadFormAsync(context.Request);
            var parameters = new Ec2QueryParameters(form);
            var action = parameters.String("Action") is { Length: > 0 } named
                ? named
                : throw new Ec2Exception(Ec2ErrorCodes.MissingAction, "The request must contain the parameter Action.");
            if (parameters.Boolean("DryRun") && IsSimulated(action))
            {
                throw new Ec2Exception(Ec2ErrorCodes.DryRunOperation, "Request would have succeeded, but DryRun flag is set.", StatusCodes.Status412PreconditionFailed);
            }

            switch (action)
            {
                case "DescribeSubnets":
                    var subnets = backend.DescribeSubnets(scope, DescribeRequest(parameters, "SubnetId"));
                    await WritePageAsync(response, action, "subnetSet", subnets, Ec2ResourceXmlWriter.WriteSubnet);
                    break;
                case "DescribeSecurityGroups":
                    var groups = backend.DescribeSecurityGroups(scope, DescribeRequest(parameters, "GroupId"));
                    await WritePageAsync(response, action, "securityGroupInfo", groups, Ec2ResourceXmlWriter.WriteSecurityGroup);
                    break;
                case "DescribeNetworkInterfaces":
                    var interfaces = backend.DescribeNetworkInterfaces(scope, DescribeRequest(parameters, "NetworkInterfaceId"));
                    await WritePageAsync(response, action, "networkInterfaceSet", interfaces, Ec2ResourceXmlWriter.WriteNetworkInterface);
                    break;
                case "DescribeVpcs":
                    var vpcs = backend.DescribeVpcs(scope, DescribeRequest(parameters, "VpcId"));
                    await WritePageAsync(response, action, "vpcSet", vpcs, Ec2ResourceXmlWriter.WriteVpc);
                    break;
                case "DescribeAvailabilityZones":
                    var zones = backend.DescribeAvailabilityZones(scope, parameters.List("ZoneName"), parameters.List("ZoneId"), parameters.Filters());
                    await Ec2XmlResponses.WriteAsync(response, action, writer => Ec2XmlResponses.WriteSet(writer, "availabilityZoneInfo", zones, Ec2ResourceXmlWriter.WriteAvailabilityZone));
                    break;
                default:
                    throw new Ec2Exception(Ec2ErrorCodes.InvalidAction, $"The action {action} is not valid for this web service.");
            }
        }
        catch (Ec2Exception error)
        {
            await Ec2XmlResponses.WriteErrorAsync(response, error.StatusCode, error.ErrorCode, error.Message);
        }
    }

    private static bool IsSimulated(string action) =>
        action is "DescribeSubnets" or "DescribeSecurityGroups" or "DescribeNetworkInterfaces" or "DescribeVpcs" or "DescribeAvailabilityZones";

    private static Ec2DescribeRequest DescribeRequest(Ec2QueryParameters parameters, string idParameter) => new()
    {
        Ids = parameters.List(idParameter),
        Filters = parameters.Filters(),
        MaxResults = parameters.Integer("MaxResults"),
        NextToken = parameters.String("NextToken"),
    };

    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return new FormCollection(request.Query.ToDictionary(parameter => parameter.Key, parameter => parameter.Value, StringComparer.Ordinal));
        }

        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException error)
        {
            throw Ec2Exception.InvalidParameterValue($"The request could not be read as a query string: {error.Message}");
        }
    }

    private static Task WritePageAsync<TItem>(HttpResponse response, string action, string setName, Ec2Page<TItem> page, Action<XmlWriter, TItem> writeItem) =>
        Ec2XmlResponses.WriteAsync(response, action, writer =>
        {
            Ec2XmlResponses.WriteSet(writer, setName, page.Items, writeItem);
            if (page.NextToken is not null)
            {
                writer.WriteElementString("nextToken", page.NextToken);
            }
        });
}
