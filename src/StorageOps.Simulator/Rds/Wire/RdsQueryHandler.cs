using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Accounts;

namespace StorageOps.Simulator.Rds.Wire;

/// <summary>Translates RDS awsQuery requests (form-encoded <c>Action=...&amp;Version=2014-10-31</c>) into <see cref="RdsBackend"/> calls and XML responses.</summary>
internal sealed class RdsQueryHandler(RdsBackend backend)
{
    public const string ApiVersion = "2014-10-31";

    private static readonly string[] SimulatedActions =
    [
        "CreateDBCluster", "DescribeDBClusters", "CreateDBClusterSnapshot", "CopyDBClusterSnapshot", "DeleteDBClusterSnapshot",
        "DescribeDBClusterSnapshots", "ListTagsForResource", "AddTagsToResource", "RemoveTagsFromResource",
    ];

    /// <summary>Whether a request with no RDS credential scope is still an RDS awsQuery call: <c>POST /</c> with a form whose Version is RDS's.</summary>
    public static async Task<bool> HandlesAsync(HttpRequest request)
    {
        if (request.Method != HttpMethods.Post || request.Path.Value is not ("/" or "") || !request.HasFormContentType)
        {
            return false;
        }

        try
        {
            var form = await RdsQueryForm.ReadAsync(request);
            return form["Version"] == ApiVersion && form.ContainsKey("Action");
        }
        catch (RdsException)
        {
            // A form post RDS's reader cannot read is still shaped as awsQuery; RDS's handler answers it.
            return true;
        }
    }

    public async Task HandleAsync(HttpContext context, AccountRegion scope)
    {
        var response = context.Response;

        try
        {
            var form = await RdsQueryForm.ReadAsync(context.Request);
            var parameters = new RdsQueryParameters(form);
            var action = RequireActionOfThisVersion(form);
            switch (action)
            {
                case "CreateDBCluster":
                    var cluster = backend.CreateDBCluster(scope, new CreateDBClusterRequest
                    {
                        DBClusterIdentifier = parameters.String("DBClusterIdentifier"),
                        Engine = parameters.String("Engine"),
                        EngineVersion = parameters.String("EngineVersion"),
                        MasterUsername = parameters.String("MasterUsername"),
                        StorageEncrypted = parameters.Boolean("StorageEncrypted"),
                        Tags = parameters.Tags(),
                    });
                    await RdsXmlResponses.WriteAsync(response, action, writer => DBClusterXmlWriter.Write(writer, cluster));
                    break;
                case "DescribeDBClusters":
                    var clusters = backend.DescribeDBClusters(scope, new DescribeDBClustersRequest
                    {
                        DBClusterIdentifier = parameters.String("DBClusterIdentifier"),
                        Filters = parameters.Filters(),
                        MaxRecords = parameters.Integer("MaxRecords"),
                        Marker = parameters.String("Marker"),
                    });
                    await RdsXmlResponses.WriteAsync(response, action, writer =>
                    {
                        if (clusters.Marker is not null)
                        {
                            writer.WriteElementString("Marker", clusters.Marker);
                        }

                        writer.WriteStartElement("DBClusters");
                        foreach (var described in clusters.DBClusters)
                        {
                            DBClusterXmlWriter.Write(writer, described);
                        }

                        writer.WriteEndElement();
                    });
                    break;
                case "CreateDBClusterSnapshot":
                    var created = backend.CreateDBClusterSnapshot(scope, new CreateDBClusterSnapshotRequest
                    {
                        DBClusterSnapshotIdentifier = parameters.String("DBClusterSnapshotIdentifier"),
                        DBClusterIdentifier = parameters.String("DBClusterIdentifier"),
                        Tags = parameters.Tags(),
                    });
                    await WriteSnapshotAsync(response, action, created);
                    break;
                case "CopyDBClusterSnapshot":
                    var copied = backend.CopyDBClusterSnapshot(scope, new CopyDBClusterSnapshotRequest
                    {
                        SourceDBClusterSnapshotIdentifier = parameters.String("SourceDBClusterSnapshotIdentifier"),
                        TargetDBClusterSnapshotIdentifier = parameters.String("TargetDBClusterSnapshotIdentifier"),
                        KmsKeyId = parameters.String("KmsKeyId"),
                        CopyTags = parameters.Boolean("CopyTags"),
                        Tags = parameters.Tags(),
                    });
                    await WriteSnapshotAsync(response, action, copied);
                    break;
                case "DeleteDBClusterSnapshot":
                    var deleted = backend.DeleteDBClusterSnapshot(scope, parameters.String("DBClusterSnapshotIdentifier"));
                    await WriteSnapshotAsync(response, action, deleted);
                    break;
                case "DescribeDBClusterSnapshots":
                    var snapshots = backend.DescribeDBClusterSnapshots(scope, new DescribeDBClusterSnapshotsRequest
                    {
                        DBClusterIdentifier = parameters.String("DBClusterIdentifier"),
                        DBClusterSnapshotIdentifier = parameters.String("DBClusterSnapshotIdentifier"),
                        SnapshotType = parameters.String("SnapshotType"),
                        Filters = parameters.Filters(),
                        MaxRecords = parameters.Integer("MaxRecords"),
                        Marker = parameters.String("Marker"),
                    });
                    await RdsXmlResponses.WriteAsync(response, action, writer =>
                    {
                        if (snapshots.Marker is not null)
                        {
                            writer.WriteElementString("Marker", snapshots.Marker);
                        }

                        writer.WriteStartElement("DBClusterSnapshots");
                        foreach (var snapshot in snapshots.DBClusterSnapshots)
                        {
                            DBClusterSnapshotXmlWriter.Write(writer, snapshot);
                        }

                        writer.WriteEndElement();
                    });
                    break;
                case "ListTagsForResource":
                    var tags = backend.ListTagsForResource(scope, parameters.String("ResourceName"));
                    await RdsXmlResponses.WriteAsync(response, action, writer => RdsXmlResponses.WriteTagList(writer, tags));
                    break;
                case "AddTagsToResource":
                    backend.AddTagsToResource(scope, parameters.String("ResourceName"), parameters.Tags() ?? throw RdsException.MissingParameter("Tags"));
                    await RdsXmlResponses.WriteAsync(response, action, writeResult: null);
                    break;
                case "RemoveTagsFromResource":
                    backend.RemoveTagsFromResource(scope, parameters.String("ResourceName"), parameters.Strings("TagKeys"));
                    await RdsXmlResponses.WriteAsync(response, action, writeResult: null);
                    break;
                case var unknown when !RdsOperationNames.All.Contains(unknown):
                    throw new RdsException(RdsErrorCodes.InvalidAction, $"The action {unknown} is not valid for this web service.");
                default:
                    await RdsXmlResponses.WriteErrorAsync(
                        response,
                        StatusCodes.Status501NotImplemented,
                        "NotImplemented",
                        $"The StorageOps simulator does not simulate RDS {action} yet. Simulated: {string.Join(", ", SimulatedActions)}.");
                    break;
            }
        }
        catch (RdsException error)
        {
            await RdsXmlResponses.WriteErrorAsync(response, error.HttpStatusCode, error.ErrorCode, error.Message);
        }
    }

    private static string RequireActionOfThisVersion(IFormCollection form)
    {
        var action = form["Action"].ToString();
        if (action.Length == 0)
        {
            throw new RdsException(RdsErrorCodes.MissingAction, "The request must contain the parameter Action");
        }

        var version = form["Version"];
        return version == ApiVersion
            ? action
            : throw new RdsException(RdsErrorCodes.InvalidAction, $"Could not find operation {action} for version {version}");
    }

    private static Task WriteSnapshotAsync(HttpResponse response, string action, DBClusterSnapshotDescription snapshot) =>
        RdsXmlResponses.WriteAsync(response, action, writer => DBClusterSnapshotXmlWriter.Write(writer, snapshot));
}
