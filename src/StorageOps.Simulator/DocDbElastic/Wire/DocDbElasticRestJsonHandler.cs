using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Hosting;

namespace StorageOps.Simulator.DocDbElastic.Wire;

/// <summary>
/// Translates DocumentDB Elastic restJson1 requests into <see cref="DocDbElasticBackend"/> calls. ARNs travel percent-encoded
/// inside one path segment, so the raw request target is split on '/' before any segment is decoded.
/// </summary>
internal sealed class DocDbElasticRestJsonHandler(DocDbElasticBackend backend)
{
    private static readonly string[] PathPrefixes = ["cluster", "clusters", "cluster-snapshot", "cluster-snapshots", "tags"];

    public static bool Handles(HttpRequest request) =>
        PathPrefixes.Contains(RawSegmentsOf(request.HttpContext).FirstOrDefault(), StringComparer.Ordinal);

    public async Task HandleAsync(HttpContext context, AccountRegion scope)
    {
        var request = context.Request;
        var segments = RawSegmentsOf(context).Select(Uri.UnescapeDataString).ToArray();
        try
        {
            switch (request.Method, segments)
            {
                case ("GET", ["clusters"]):
                    var clusters = backend.ListClusters(scope, IntegerQuery(request, "maxResults"), StringQuery(request, "nextToken"));
                    await WriteAsync(context, writer =>
                    {
                        writer.WriteStartArray("clusters");
                        foreach (var cluster in clusters.Clusters)
                        {
                            DocDbElasticJsonWriter.WriteClusterInList(writer, cluster);
                        }

                        writer.WriteEndArray();
                        WriteNextToken(writer, clusters.NextToken);
                    });
                    break;
                case ("GET", ["cluster", var clusterArn]):
                    var described = backend.GetCluster(scope, clusterArn);
                    await WriteAsync(context, writer =>
                    {
                        writer.WritePropertyName("cluster");
                        DocDbElasticJsonWriter.WriteCluster(writer, described);
                    });
                    break;
                case ("GET", ["cluster-snapshots"]):
                    var snapshots = backend.ListClusterSnapshots(scope, new ListClusterSnapshotsRequest
                    {
                        ClusterArn = StringQuery(request, "clusterArn"),
                        SnapshotType = StringQuery(request, "snapshotType"),
                        MaxResults = IntegerQuery(request, "maxResults"),
                        NextToken = StringQuery(request, "nextToken"),
                    });
                    await WriteAsync(context, writer =>
                    {
                        WriteNextToken(writer, snapshots.NextToken);
                        writer.WriteStartArray("snapshots");
                        foreach (var snapshot in snapshots.Snapshots)
                        {
                            DocDbElasticJsonWriter.WriteSnapshotInList(writer, snapshot);
                        }

                        writer.WriteEndArray();
                    });
                    break;
                case ("GET", ["cluster-snapshot", var snapshotArn]):
                    await WriteSnapshotAsync(context, backend.GetClusterSnapshot(scope, snapshotArn));
                    break;
                case ("DELETE", ["cluster-snapshot", var snapshotArn]):
                    await WriteSnapshotAsync(context, backend.DeleteClusterSnapshot(scope, snapshotArn));
                    break;
                case ("POST", ["cluster-snapshot", var snapshotArn, "copy"]):
                    var body = await ReadBodyAsync(context);
                    var copy = backend.CopyClusterSnapshot(scope, new CopyClusterSnapshotRequest
                    {
                        SnapshotArn = snapshotArn,
                        TargetSnapshotName = StringMember(body, "targetSnapshotName"),
                        KmsKeyId = StringMember(body, "kmsKeyId"),
                        CopyTags = BooleanMember(body, "copyTags"),
                        Tags = TagsMember(body),
                    });
                    await WriteSnapshotAsync(context, copy);
                    break;
                case ("GET", ["tags", var resourceArn]):
                    var tags = backend.ListTagsForResource(scope, resourceArn);
                    await WriteAsync(context, writer => DocDbElasticJsonWriter.WriteTags(writer, tags));
                    break;
                case ("POST", ["tags", var resourceArn]):
                    var tagBody = await ReadBodyAsync(context);
                    backend.TagResource(scope, resourceArn, TagsMember(tagBody) ?? throw DocDbElasticException.Validation("tags is required.", "tags"));
                    await WriteAsync(context, _ => { });
                    break;
                case ("DELETE", ["tags", var resourceArn]):
                    backend.UntagResource(scope, resourceArn, [.. request.Query["tagKeys"].Where(key => key is not null).Select(key => key!)]);
                    await WriteAsync(context, _ => { });
                    break;
                default:
                    if (IsModelledButNotSimulated(request.Method, segments))
                    {
                        await NotSimulatedResponses.OperationAsync(context, "DocumentDB Elastic", $"{request.Method} /{string.Join('/', segments)}");
                    }
                    else
                    {
                        await NotSimulatedResponses.UnknownRequestAsync(context, "docdb-elastic");
                    }

                    break;
            }
        }
        catch (DocDbElasticException error)
        {
            await WriteErrorAsync(context.Response, error);
        }
    }

    /// <summary>The 2022-11-28 model's operations the simulator leaves out; any other method and path is no DocumentDB Elastic operation at all.</summary>
    private static bool IsModelledButNotSimulated(string method, string[] segments) => (method, segments) switch
    {
        ("POST", ["cluster"]) or ("DELETE", ["cluster", _]) or ("PUT", ["cluster", _]) => true,
        ("POST", ["cluster", _, "start" or "stop"]) => true,
        ("POST", ["cluster-snapshot"]) or ("POST", ["cluster-snapshot", _, "restore"]) => true,
        ("POST", ["pending-action"]) or ("GET", ["pending-action", _]) or ("GET", ["pending-actions"]) => true,
        _ => false,
    };

    private static string[] RawSegmentsOf(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToUriComponent();
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        return path.Trim('/').Split('/');
    }

    private static string? StringQuery(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value) ? value.ToString() : null;

    private static int? IntegerQuery(HttpRequest request, string name)
    {
        var text = StringQuery(request, name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw DocDbElasticException.Validation($"{name} must be an integer.", name);
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpContext context)
    {
        try
        {
            using var document = await JsonRequestBody.ReadObjectAsync(context.Request.Body, context.RequestAborted);
            return document.RootElement.Clone();
        }
        catch (MalformedRequestException error)
        {
            throw CannotParse(error.Message);
        }
    }

    private static DocDbElasticException CannotParse(string message) => DocDbElasticException.Validation(message);

    private static string? StringMember(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw DocDbElasticException.Validation($"{name} must be a string.", name)
            : null;

    private static bool? BooleanMember(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw DocDbElasticException.Validation($"{name} must be a boolean.", name)
            : null;

    private static Dictionary<string, string>? TagsMember(JsonElement body)
    {
        if (!body.TryGetProperty("tags", out var tags) || tags.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (tags.ValueKind != JsonValueKind.Object)
        {
            throw DocDbElasticException.Validation("tags must be a map of strings.", "tags");
        }

        return tags.EnumerateObject().ToDictionary(
            tag => tag.Name,
            tag => tag.Value.ValueKind == JsonValueKind.String ? tag.Value.GetString()! : throw DocDbElasticException.Validation("tags must be a map of strings.", "tags"),
            StringComparer.Ordinal);
    }

    private static void WriteNextToken(Utf8JsonWriter writer, string? nextToken)
    {
        if (nextToken is not null)
        {
            writer.WriteString("nextToken", nextToken);
        }
    }

    private static Task WriteSnapshotAsync(HttpContext context, ElasticClusterSnapshotDescription snapshot) =>
        WriteAsync(context, writer =>
        {
            writer.WritePropertyName("snapshot");
            DocDbElasticJsonWriter.WriteSnapshot(writer, snapshot);
        });

    private static Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> writeMembers) =>
        JsonResponses.WriteAsync(context.Response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        });

    private static Task WriteErrorAsync(HttpResponse response, DocDbElasticException error)
    {
        response.Headers[JsonResponses.ErrorTypeHeader] = error.ErrorType;
        return JsonResponses.WriteAsync(response, error.HttpStatusCode, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Reason is not null)
            {
                writer.WriteString("reason", error.Reason);
            }

            if (error.FieldList is not null)
            {
                writer.WriteStartArray("fieldList");
                foreach (var field in error.FieldList)
                {
                    writer.WriteStartObject();
                    writer.WriteString("message", field.Message);
                    writer.WriteString("name", field.Name);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.ResourceId is not null)
            {
                writer.WriteString("resourceId", error.ResourceId);
            }

            if (error.ResourceType is not null)
            {
                writer.WriteString("resourceType", error.ResourceType);
            }

            writer.WriteEndObject();
        });
    }
}
