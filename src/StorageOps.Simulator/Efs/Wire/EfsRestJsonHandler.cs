using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Hosting;
using static StorageOps.Simulator.Efs.Wire.EfsJsonBody;

namespace StorageOps.Simulator.Efs.Wire;

/// <summary>Translates EFS restJson1 requests into <see cref="EfsBackend"/> calls and their results back into responses.</summary>
internal sealed class EfsRestJsonHandler(EfsBackend backend)
{
    public static bool Handles(HttpRequest request) =>
        request.Path.StartsWithSegments("/2015-02-01", StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext context, AccountRegion scope)
    {
        var request = context.Request;
        var rawPath = request.PathBase.Add(request.Path).ToUriComponent();
        var route = EfsOperationRoutes.Match(request.Method, rawPath);
        try
        {
            if (route is null)
            {
                await NotSimulatedResponses.UnknownRequestAsync(context, "elasticfilesystem");
            }
            else if (!await TryHandleAsync(context, scope, route))
            {
                await NotSimulatedResponses.OperationAsync(context, "EFS", route.Operation);
            }
        }
        catch (EfsException error)
        {
            await JsonResponses.WriteErrorAsync(
                context.Response,
                error.HttpStatusCode,
                error.ErrorCode,
                error.Message,
                error.FileSystemId is { } fileSystemId ? writer => writer.WriteString("FileSystemId", fileSystemId) : null);
        }
    }

    private async Task<bool> TryHandleAsync(HttpContext context, AccountRegion scope, EfsRouteMatch route)
    {
        var query = context.Request.Query;
        switch (route.Operation)
        {
            case "CreateFileSystem":
                var createRequest = await CreateFileSystemRequestReader.ReadAsync(context.Request.Body, context.RequestAborted);
                await WriteFileSystemAsync(context, StatusCodes.Status201Created, backend.CreateFileSystem(scope, createRequest));
                return true;
            case "DescribeFileSystems":
                await DescribeFileSystemsAsync(context, scope);
                return true;
            case "DeleteFileSystem":
                backend.DeleteFileSystem(scope, route.Parameter("FileSystemId"));
                WriteNoContent(context, StatusCodes.Status204NoContent);
                return true;
            case "UpdateFileSystem":
                await UpdateFileSystemAsync(context, scope, route.Parameter("FileSystemId"));
                return true;
            case "UpdateFileSystemProtection":
                await UpdateFileSystemProtectionAsync(context, scope, route.Parameter("FileSystemId"));
                return true;
            case "CreateMountTarget":
                await CreateMountTargetAsync(context, scope);
                return true;
            case "DescribeMountTargets":
                await DescribeMountTargetsAsync(context, scope);
                return true;
            case "DeleteMountTarget":
                backend.DeleteMountTarget(scope, route.Parameter("MountTargetId"));
                WriteNoContent(context, StatusCodes.Status204NoContent);
                return true;
            case "DescribeMountTargetSecurityGroups":
                var groups = backend.DescribeMountTargetSecurityGroups(scope, route.Parameter("MountTargetId"));
                await JsonResponses.WriteAsync(context.Response, StatusCodes.Status200OK, writer =>
                {
                    writer.WriteStartObject();
                    WriteStrings(writer, "SecurityGroups", groups);
                    writer.WriteEndObject();
                });
                return true;
            case "ModifyMountTargetSecurityGroups":
                using (var document = await ReadAsync(context.Request.Body, context.RequestAborted))
                {
                    backend.ModifyMountTargetSecurityGroups(scope, route.Parameter("MountTargetId"), StringListMember(document.RootElement, "SecurityGroups"));
                }

                WriteNoContent(context, StatusCodes.Status204NoContent);
                return true;
            case "CreateTags":
            case "TagResource":
                await TagAsync(context, scope, route);
                return true;
            case "DeleteTags":
                using (var document = await ReadAsync(context.Request.Body, context.RequestAborted))
                {
                    var keys = StringListMember(document.RootElement, "TagKeys") ?? throw EfsException.BadRequest("TagKeys is required.");
                    backend.UntagResource(scope, route.Parameter("FileSystemId"), keys);
                }

                WriteNoContent(context, StatusCodes.Status204NoContent);
                return true;
            case "UntagResource":
                backend.UntagResource(scope, route.Parameter("ResourceId"), EfsQuery.All(query, "tagKeys"));
                WriteNoContent(context, StatusCodes.Status200OK);
                return true;
            case "DescribeTags":
                await DescribeTagsAsync(context, scope, route.Parameter("FileSystemId"));
                return true;
            case "ListTagsForResource":
                await ListTagsForResourceAsync(context, scope, route.Parameter("ResourceId"));
                return true;
            case "CreateReplicationConfiguration":
                await CreateReplicationConfigurationAsync(context, scope, route.Parameter("SourceFileSystemId"));
                return true;
            case "DescribeReplicationConfigurations":
                await DescribeReplicationConfigurationsAsync(context, scope);
                return true;
            case "DeleteReplicationConfiguration":
                backend.DeleteReplicationConfiguration(scope, route.Parameter("SourceFileSystemId"), EfsQuery.Single(query, "deletionMode"));
                WriteNoContent(context, StatusCodes.Status204NoContent);
                return true;
            default:
                return false;
        }
    }

    private static void WriteNoContent(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentLength = 0;
    }

    private static Task WriteFileSystemAsync(HttpContext context, int statusCode, FileSystemDescription fileSystem) =>
        JsonResponses.WriteAsync(context.Response, statusCode, writer => FileSystemDescriptionWriter.Write(writer, fileSystem));

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WritePagingMember(Utf8JsonWriter writer, string name, string? value) =>
        EfsJsonWriting.WriteStringIfPresent(writer, name, value);

    private async Task DescribeFileSystemsAsync(HttpContext context, AccountRegion scope)
    {
        var result = backend.DescribeFileSystems(scope, DescribeFileSystemsRequestReader.Read(context.Request.Query));
        await JsonResponses.WriteAsync(context.Response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            WritePagingMember(writer, "Marker", result.Marker);
            writer.WriteStartArray("FileSystems");
            foreach (var fileSystem in result.FileSystems)
            {
                FileSystemDescriptionWriter.Write(writer, fileSystem);
            }

            writer.WriteEndArray();
            WritePagingMember(writer, "NextMarker", result.NextMarker);
            writer.WriteEndObject();
        });
    }

    private async Task UpdateFileSystemAsync(HttpContext context, AccountRegion scope, string fileSystemId)
    {
        UpdateFileSystemRequest request;
        using (var document = await ReadAsync(context.Request.Body, context.RequestAborted))
        {
            request = new UpdateFileSystemRequest
            {
                ThroughputMode = StringMember(document.RootElement, "ThroughputMode"),
                ProvisionedThroughputInMibps = NumberMember(document.RootElement, "ProvisionedThroughputInMibps"),
            };
        }

        await WriteFileSystemAsync(context, StatusCodes.Status202Accepted, backend.UpdateFileSystem(scope, fileSystemId, request));
    }

    private async Task UpdateFileSystemProtectionAsync(HttpContext context, AccountRegion scope, string fileSystemId)
    {
        string? protection;
        using (var document = await ReadAsync(context.Request.Body, context.RequestAborted))
        {
            protection = StringMember(document.RootElement, "ReplicationOverwriteProtection");
        }

        var current = backend.UpdateFileSystemProtection(scope, fileSystemId, protection);
        await JsonResponses.WriteAsync(context.Response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("ReplicationOverwriteProtection", current);
            writer.WriteEndObject();
        });
    }

    private async Task CreateMountTargetAsync(HttpContext context, AccountRegion scope)
    {
        CreateMountTargetRequest request;
        using (var document = await ReadAsync(context.Request.Body, context.RequestAborted))
        {
            var root = document.RootElement;
            request = new CreateMountTargetRequest
            {
                FileSystemId = StringMember(root, "FileSystemId"),
                SubnetId = StringMember(root, "SubnetId"),
                IpAddress = StringMember(root, "IpAddress"),
                IpAddressType = StringMember(root, "IpAddressType"),
                Ipv6Address = StringMember(root, "Ipv6Address"),
                SecurityGroups = StringListMember(root, "SecurityGroups"),
            };
        }

        var created = backend.CreateMountTarget(scope, request);
        await JsonResponses.WriteAsync(context.Response, StatusCodes.Status200OK, writer => MountTargetDescriptionWriter.Write(writer, created));
    }

    private async Task DescribeMountTargetsAsync(HttpContext context, AccountRegion scope)
    {
        var query = context.Request.Query;
        var result = backend.DescribeMountTargets(scope, new DescribeMountTargetsRequest
        {
            FileSystemId = EfsQuery.Single(query, "FileSystemId"),
            MountTargetId = EfsQuery.Single(query, "MountTargetId"),
            AccessPointId = EfsQuery.Single(query, "AccessPointId"),
            MaxItems = EfsQuery.Integer(query, "MaxItems"),
            Marker = EfsQuery.Single(query, "Marker"),
        });
        await JsonResponses.WriteAsync(context.Response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            WritePagingMember(writer, "Marker", result.Marker);
            writer.WriteStartArray("MountTargets");
            foreach (var mountTarget in result.MountTargets)
            {
                MountTargetDescriptionWriter.Write(writer, mountTarget);
            }

            writer.WriteEndArray();
            WritePagingMember(writer, "NextMarker", result.NextMarker);
            writer.WriteEndObject();
        });
    }

    private async Task TagAsync(HttpContext context, AccountRegion scope, EfsRouteMatch route)
    {
        using (var document = await ReadAsync(context.Request.Body, context.RequestAborted))
        {
            var tags = TagsMember(document.RootElement, "Tags") ?? throw EfsException.BadRequest("Tags is required.");
            var resourceId = route.Operation == "CreateTags" ? route.Parameter("FileSystemId") : route.Parameter("ResourceId");
            backend.TagResource(scope, resourceId, tags);
        }

        WriteNoContent(context, route.Operation == "CreateTags" ? StatusCodes.Status204NoContent : StatusCodes.Status200OK);
    }

    private async Task DescribeTagsAsync(HttpContext context, AccountRegion scope, string fileSystemId)
    {
        var query = context.Request.Query;
        var result = backend.DescribeTags(scope, fileSystemId, EfsQuery.Integer(query, "MaxItems"), EfsQuery.Single(query, "Marker"));
        await JsonResponses.WriteAsync(context.Response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            WritePagingMember(writer, "Marker", result.Marker);
            EfsJsonWriting.WriteTags(writer, "Tags", result.Tags);
            WritePagingMember(writer, "NextMarker", result.NextMarker);
            writer.WriteEndObject();
        });
    }

    private async Task ListTagsForResourceAsync(HttpContext context, AccountRegion scope, string resourceId)
    {
        var query = context.Request.Query;
        var result = backend.ListTagsForResource(scope, resourceId, EfsQuery.Integer(query, "MaxResults"), EfsQuery.Single(query, "NextToken"));
        await JsonResponses.WriteAsync(context.Response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            EfsJsonWriting.WriteTags(writer, "Tags", result.Tags);
            WritePagingMember(writer, "NextToken", result.NextToken);
            writer.WriteEndObject();
        });
    }

    private async Task CreateReplicationConfigurationAsync(HttpContext context, AccountRegion scope, string sourceFileSystemId)
    {
        CreateReplicationConfigurationRequest request;
        using (var document = await ReadAsync(context.Request.Body, context.RequestAborted))
        {
            request = new CreateReplicationConfigurationRequest
            {
                SourceFileSystemId = sourceFileSystemId,
                Destinations = ReadDestinations(document.RootElement),
            };
        }

        var created = backend.CreateReplicationConfiguration(scope, request);
        await JsonResponses.WriteAsync(context.Response, StatusCodes.Status200OK, writer => ReplicationConfigurationDescriptionWriter.Write(writer, created));
    }

    private static List<ReplicationDestinationRequest>? ReadDestinations(JsonElement root)
    {
        if (Member(root, "Destinations") is not { } destinations)
        {
            return null;
        }

        if (destinations.ValueKind != JsonValueKind.Array)
        {
            throw EfsException.BadRequest("Destinations must be a list.");
        }

        return
        [
            .. destinations.EnumerateArray().Select(destination => destination.ValueKind == JsonValueKind.Object
                ? new ReplicationDestinationRequest
                {
                    Region = StringMember(destination, "Region"),
                    AvailabilityZoneName = StringMember(destination, "AvailabilityZoneName"),
                    KmsKeyId = StringMember(destination, "KmsKeyId"),
                    FileSystemId = StringMember(destination, "FileSystemId"),
                    RoleArn = StringMember(destination, "RoleArn"),
                }
                : throw EfsException.BadRequest("Every destination must be an object.")),
        ];
    }

    private async Task DescribeReplicationConfigurationsAsync(HttpContext context, AccountRegion scope)
    {
        var query = context.Request.Query;
        var result = backend.DescribeReplicationConfigurations(scope, new DescribeReplicationConfigurationsRequest
        {
            FileSystemId = EfsQuery.Single(query, "FileSystemId"),
            MaxResults = EfsQuery.Integer(query, "MaxResults"),
            NextToken = EfsQuery.Single(query, "NextToken"),
        });
        await JsonResponses.WriteAsync(context.Response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("Replications");
            foreach (var replication in result.Replications)
            {
                ReplicationConfigurationDescriptionWriter.Write(writer, replication);
            }

            writer.WriteEndArray();
            WritePagingMember(writer, "NextToken", result.NextToken);
            writer.WriteEndObject();
        });
    }
}
