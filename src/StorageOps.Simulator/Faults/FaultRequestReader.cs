using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using StorageOps.Simulator.Efs.Wire;
using StorageOps.Simulator.Rds;
using StorageOps.Simulator.Rds.Wire;

namespace StorageOps.Simulator.Faults;

/// <summary>Names a request's operation and resources in each wire protocol, without consuming its body.</summary>
internal static class FaultRequestReader
{
    public const string Efs = "efs";
    public const string Rds = "rds";
    public const string DocDbElastic = "docdb-elastic";
    public const string StepFunctions = "states";
    public const string Ec2 = "ec2";
    public const string Events = "events";

    public static async Task<FaultRequest> ReadAsync(HttpContext context, string service) => service switch
    {
        Efs => ReadEfs(context),
        Rds => await ReadRdsAsync(context),
        DocDbElastic => ReadDocDbElastic(context),
        Ec2 => await ReadEc2Async(context),
        Events => await ReadEventsAsync(context),
        _ => await ReadStepFunctionsAsync(context),
    };

    /// <summary>The operation a request names in the given service's wire protocol, without reading its body; null when it names none.</summary>
    public static string? OperationOf(HttpContext context, string service)
    {
        var request = context.Request;
        switch (service)
        {
            case Efs:
                return EfsOperationRoutes.Match(request.Method, request.PathBase.Add(request.Path).ToUriComponent())?.Operation;
            case Rds or Ec2:
                // The handler has read the form by now when it could; a form it could not read names no action.
                var form = context.Features.Get<IFormFeature>()?.Form;
                var action = form is not null ? form["Action"].ToString() : request.Query["Action"].ToString();
                return action.Length > 0 ? action : null;
            case DocDbElastic:
                return (request.Method, RawSegmentsOf(context).Select(Uri.UnescapeDataString).ToArray()) switch
                {
                    ("GET", ["clusters"]) => "ListClusters",
                    ("POST", ["cluster"]) => "CreateCluster",
                    ("GET", ["cluster", _]) => "GetCluster",
                    ("DELETE", ["cluster", _]) => "DeleteCluster",
                    ("GET", ["cluster-snapshots"]) => "ListClusterSnapshots",
                    ("POST", ["cluster-snapshot"]) => "CreateClusterSnapshot",
                    ("GET", ["cluster-snapshot", _]) => "GetClusterSnapshot",
                    ("DELETE", ["cluster-snapshot", _]) => "DeleteClusterSnapshot",
                    ("POST", ["cluster-snapshot", _, "copy"]) => "CopyClusterSnapshot",
                    ("GET", ["tags", _]) => "ListTagsForResource",
                    ("POST", ["tags", _]) => "TagResource",
                    ("DELETE", ["tags", _]) => "UntagResource",
                    _ => null,
                };
            default:
                var target = request.Headers["X-Amz-Target"].ToString();
                var dot = target.IndexOf('.', StringComparison.Ordinal);
                return dot >= 0 && dot < target.Length - 1 ? target[(dot + 1)..] : null;
        }
    }

    private static FaultRequest ReadEfs(HttpContext context)
    {
        var request = context.Request;
        var resources = RawSegmentsOf(context).Skip(2).Select(Uri.UnescapeDataString)
            .Concat(request.Query.Where(parameter => parameter.Key.EndsWith("Id", StringComparison.Ordinal)).Select(parameter => parameter.Value.ToString()));
        return new FaultRequest(Efs, OperationOf(context, Efs) ?? "Unknown", [.. resources]);
    }

    private static async Task<FaultRequest> ReadRdsAsync(HttpContext context)
    {
        IFormCollection form;
        try
        {
            form = await RdsQueryForm.ReadAsync(context.Request);
        }
        catch (RdsException)
        {
            // RDS's handler rejects the form itself; faults see no action and no resources.
            form = FormCollection.Empty;
        }

        var resources = form
            .Where(parameter => parameter.Key.EndsWith("Identifier", StringComparison.Ordinal) || parameter.Key == "ResourceName")
            .Select(parameter => parameter.Value.ToString());
        return new FaultRequest(Rds, form["Action"].ToString() is { Length: > 0 } action ? action : "Unknown", [.. resources]);
    }

    private static async Task<FaultRequest> ReadEc2Async(HttpContext context)
    {
        IFormCollection form;
        try
        {
            form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty;
        }
        catch (InvalidDataException)
        {
            // EC2's handler rejects the form itself; faults see no action and no resources.
            form = FormCollection.Empty;
        }

        var resources = form
            .Where(parameter => parameter.Key.StartsWith("SubnetId.", StringComparison.Ordinal)
                || parameter.Key.StartsWith("GroupId.", StringComparison.Ordinal)
                || parameter.Key.StartsWith("NetworkInterfaceId.", StringComparison.Ordinal)
                || parameter.Key.StartsWith("VpcId.", StringComparison.Ordinal))
            .Select(parameter => parameter.Value.ToString());
        return new FaultRequest(Ec2, form["Action"].ToString() is { Length: > 0 } action ? action : "Unknown", [.. resources]);
    }

    private static FaultRequest ReadDocDbElastic(HttpContext context)
    {
        var segments = RawSegmentsOf(context).Select(Uri.UnescapeDataString).ToArray();
        var resources = segments.Skip(1).Where(segment => segment != "copy")
            .Concat(context.Request.Query.Where(parameter => parameter.Key.EndsWith("Arn", StringComparison.Ordinal)).Select(parameter => parameter.Value.ToString()));
        return new FaultRequest(DocDbElastic, OperationOf(context, DocDbElastic) ?? "Unknown", [.. resources]);
    }

    private static async Task<FaultRequest> ReadEventsAsync(HttpContext context)
    {
        var resources = new List<string>();
        context.Request.EnableBuffering();
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("Entries", out var entries)
                && entries.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in entries.EnumerateArray().Where(entry => entry.ValueKind == JsonValueKind.Object))
                {
                    resources.Add(entry.TryGetProperty("EventBusName", out var bus) && bus.ValueKind == JsonValueKind.String ? bus.GetString()! : "default");
                }
            }
        }
        catch (JsonException)
        {
            // The EventBridge handler answers a malformed body itself; faults just see no resources.
        }
        finally
        {
            context.Request.Body.Position = 0;
        }

        return new FaultRequest(Events, OperationOf(context, Events) ?? "Unknown", [.. resources.Distinct(StringComparer.Ordinal)]);
    }

    private static async Task<FaultRequest> ReadStepFunctionsAsync(HttpContext context)
    {
        var resources = new List<string>();
        context.Request.EnableBuffering();
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (body.RootElement.ValueKind == JsonValueKind.Object)
            {
                resources.AddRange(body.RootElement.EnumerateObject()
                    .Where(member => member.Value.ValueKind == JsonValueKind.String && (member.Name.EndsWith("Arn", StringComparison.Ordinal) || member.Name == "name"))
                    .Select(member => member.Value.GetString()!));
            }
        }
        catch (JsonException)
        {
            // The Step Functions handler answers a malformed body itself; faults just see no resources.
        }
        finally
        {
            context.Request.Body.Position = 0;
        }

        return new FaultRequest(StepFunctions, OperationOf(context, StepFunctions) ?? "Unknown", resources);
    }

    private static string[] RawSegmentsOf(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToUriComponent();
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        return path.Trim('/').Split('/');
    }
}
