using Microsoft.AspNetCore.Http;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Hosting;

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
        var operation = EfsOperationRoutes.OperationFor(request.Method, rawPath);
        try
        {
            switch (operation)
            {
                case "CreateFileSystem":
                    await CreateFileSystemAsync(context, scope);
                    break;
                case "DescribeFileSystems":
                    await DescribeFileSystemsAsync(context, scope);
                    break;
                case null:
                    await NotSimulatedResponses.UnknownRequestAsync(context, "elasticfilesystem");
                    break;
                default:
                    await NotSimulatedResponses.OperationAsync(context, "EFS", operation);
                    break;
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

    private async Task CreateFileSystemAsync(HttpContext context, AccountRegion scope)
    {
        var request = await CreateFileSystemRequestReader.ReadAsync(context.Request.Body, context.RequestAborted);
        var created = backend.CreateFileSystem(scope, request);
        await JsonResponses.WriteAsync(context.Response, StatusCodes.Status201Created, writer => FileSystemDescriptionWriter.Write(writer, created));
    }

    private async Task DescribeFileSystemsAsync(HttpContext context, AccountRegion scope)
    {
        var result = backend.DescribeFileSystems(scope, DescribeFileSystemsRequestReader.Read(context.Request.Query));
        await JsonResponses.WriteAsync(context.Response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            if (result.Marker is not null)
            {
                writer.WriteString("Marker", result.Marker);
            }

            writer.WriteStartArray("FileSystems");
            foreach (var fileSystem in result.FileSystems)
            {
                FileSystemDescriptionWriter.Write(writer, fileSystem);
            }

            writer.WriteEndArray();
            if (result.NextMarker is not null)
            {
                writer.WriteString("NextMarker", result.NextMarker);
            }

            writer.WriteEndObject();
        });
    }
}
