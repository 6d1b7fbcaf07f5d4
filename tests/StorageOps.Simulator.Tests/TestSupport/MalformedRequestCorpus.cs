using System.Net.Http.Headers;
using System.Text;

namespace StorageOps.Simulator.Tests.TestSupport;

/// <summary>
/// Requests no simulated service can serve, generated as the cross product of what clients get wrong (encodings, sizes, types,
/// paths, targets, actions) and every operation that reads that kind of input.
/// </summary>
internal static class MalformedRequestCorpus
{
    private const string ElasticSnapshotArn = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/00000000-0000-0000-0000-000000000000";
    private const string ElasticClusterArn = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/00000000-0000-0000-0000-000000000000";

    private static readonly (string Name, string Method, string Path, string Service)[] RestJsonBodyOperations =
    [
        ("EFS CreateFileSystem", "POST", "/2015-02-01/file-systems", "elasticfilesystem"),
        ("EFS CreateMountTarget", "POST", "/2015-02-01/mount-targets", "elasticfilesystem"),
        ("EFS TagResource", "POST", "/2015-02-01/resource-tags/fs-0123456789abcdef0", "elasticfilesystem"),
        ("EFS CreateReplicationConfiguration", "POST", "/2015-02-01/file-systems/fs-0123456789abcdef0/replication-configuration", "elasticfilesystem"),
        ("EFS UpdateFileSystem", "PUT", "/2015-02-01/file-systems/fs-0123456789abcdef0", "elasticfilesystem"),
        ("DocDB Elastic CopyClusterSnapshot", "POST", $"/cluster-snapshot/{Uri.EscapeDataString(ElasticSnapshotArn)}/copy", "docdb-elastic"),
        ("DocDB Elastic TagResource", "POST", $"/tags/{Uri.EscapeDataString(ElasticClusterArn)}", "docdb-elastic"),
    ];

    private static readonly string[] StepFunctionsBodyOperations = ["CreateStateMachine", "StartExecution", "ListStateMachines", "DescribeExecution", "ListExecutions"];

    /// <summary>JSON bodies that are not a valid request of any operation: bad encodings, bad syntax, wrong top-level or member types.</summary>
    private static readonly (string Name, byte[] Body)[] BadJsonBodies =
    [
        ("lone high surrogate escape", Utf8("""{"CreationToken":"\ud800","name":"\ud800","targetSnapshotName":"\ud800","tags":{"k":"\ud800"}}""")),
        ("lone low surrogate escape", Utf8("""{"CreationToken":"a\udc00b","name":"a\udc00b","targetSnapshotName":"a\udc00b","SubnetId":"\udc00"}""")),
        ("surrogate escape in a member name", Utf8("""{"\ud800":"x"}""")),
        ("reversed surrogate pair", Utf8("""{"CreationToken":"\udc00\ud800","name":"\udc00\ud800","stateMachineArn":"\udc00\ud800","executionArn":"\udc00\ud800"}""")),
        ("invalid UTF-8 byte 0xFF in a string", Join(Utf8("{\"CreationToken\":\"a"), [0xFF], Utf8("\",\"name\":\"x\",\"targetSnapshotName\":\"x\"}"))),
        ("truncated UTF-8 sequence", Join(Utf8("{\"CreationToken\":\""), [0xC3], Utf8("\"}"))),
        ("overlong UTF-8 encoding", Join(Utf8("{\"targetSnapshotName\":\""), [0xC0, 0xAF], Utf8("\"}"))),
        ("UTF-8 encoded surrogate", Join(Utf8("{\"name\":\""), [0xED, 0xA0, 0x80], Utf8("\",\"CreationToken\":\"x\"}"))),
        ("invalid UTF-8 in a member name", Join(Utf8("{\""), [0xFE, 0xFF], Utf8("\":1}"))),
        ("Latin-1 body", Encoding.Latin1.GetBytes("{\"CreationToken\":\"caf\u00e9\",\"name\":\"\u00e9\"}")),
        ("truncated object", Utf8("""{"CreationToken":""")),
        ("trailing garbage", Utf8("""{} {}""")),
        ("a JSON array", Utf8("""[1,2,3]""")),
        ("a JSON string", Utf8("\"CreationToken\"")),
        ("JSON null", Utf8("null")),
        ("a bare number", Utf8("42")),
        ("nested 1000 deep", Utf8(new string('[', 1000) + new string(']', 1000))),
        ("NUL byte", [0x7B, 0x00, 0x7D]),
        ("numbers where strings belong", Utf8("""{"CreationToken":1,"SubnetId":2,"FileSystemId":3,"targetSnapshotName":4,"name":5,"definition":6,"roleArn":7,"stateMachineArn":8,"executionArn":9,"nextToken":10}""")),
        ("objects where strings belong", Utf8("""{"CreationToken":{},"SubnetId":[],"Tags":{},"tags":[],"name":{},"stateMachineArn":[],"executionArn":{},"nextToken":[]}""")),
        ("wrong list and boolean types", Utf8("""{"CreationToken":"x","Encrypted":"yes","Tags":"k=v","Destinations":"us-west-2","copyTags":"true","tags":"k","maxResults":"ten"}""")),
        ("number out of range", Utf8("""{"CreationToken":"x","ProvisionedThroughputInMibps":1e400,"maxResults":1e400,"SubnetId":"subnet-1","stateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:x","executionArn":"arn:aws:states:us-east-1:123456789012:execution:x:y"}""")),
    ];

    public static IReadOnlyList<MalformedRequest> All() =>
    [
        .. BadBodiesForRestJson(),
        .. BadBodiesForStepFunctions(),
        .. OversizedBodies(),
        .. BadRdsForms(),
        .. PathTricks(),
        .. UnknownTargetsAndActions(),
        .. WrongQueryTypes(),
    ];

    private static IEnumerable<MalformedRequest> BadBodiesForRestJson() =>
        from operation in RestJsonBodyOperations
        from body in BadJsonBodies
        select new MalformedRequest($"{operation.Name} with {body.Name}", WireErrorShape.RestJson, () => Json(operation.Method, operation.Path, operation.Service, body.Body));

    private static IEnumerable<MalformedRequest> BadBodiesForStepFunctions() =>
        from operation in StepFunctionsBodyOperations
        from body in BadJsonBodies
        select new MalformedRequest($"Step Functions {operation} with {body.Name}", WireErrorShape.AwsJson, () => StepFunctions(operation, body.Body));

    private static IEnumerable<MalformedRequest> OversizedBodies()
    {
        var tenMegabyteString = Utf8("{\"CreationToken\":\"" + new string('a', 10 * 1024 * 1024) + "\",\"name\":\"x\"}");
        var beyondKestrelLimit = new byte[31 * 1024 * 1024];
        Array.Fill(beyondKestrelLimit, (byte)' ');
        beyondKestrelLimit[0] = (byte)'{';
        beyondKestrelLimit[^1] = (byte)'}';
        foreach (var operation in RestJsonBodyOperations.Take(1).Concat(RestJsonBodyOperations.Skip(5).Take(1)))
        {
            yield return new MalformedRequest($"{operation.Name} with a 10 MB string", WireErrorShape.RestJson, () => Json(operation.Method, operation.Path, operation.Service, tenMegabyteString));
            yield return new MalformedRequest($"{operation.Name} with a 31 MB body", WireErrorShape.RestJson, () => Json(operation.Method, operation.Path, operation.Service, beyondKestrelLimit));
        }

        yield return new MalformedRequest("Step Functions StartExecution with a 10 MB input", WireErrorShape.AwsJson, () => StepFunctions("StartExecution", tenMegabyteString));
        yield return new MalformedRequest("Step Functions CreateStateMachine with a 31 MB body", WireErrorShape.AwsJson, () => StepFunctions("CreateStateMachine", beyondKestrelLimit));

        var manyFields = "Action=DescribeDBClusters&Version=2014-10-31&" + string.Join('&', Enumerable.Range(0, 1100).Select(index => $"Filters.Filter.{index}.Name=engine"));
        yield return new MalformedRequest("RDS form with 1,100 fields", WireErrorShape.AwsQuery, () => Rds(manyFields));
        yield return new MalformedRequest("RDS form with 5,000 fields", WireErrorShape.AwsQuery, () => Rds(string.Join('&', Enumerable.Range(0, 5000).Select(index => $"f{index}=v"))));
        yield return new MalformedRequest("RDS form of 10 MB", WireErrorShape.AwsQuery, () => Rds("Action=DescribeDBClusters&Version=2014-10-31&DBClusterIdentifier=" + new string('a', 10 * 1024 * 1024)));
        yield return new MalformedRequest("RDS form with a 3 KB key", WireErrorShape.AwsQuery, () => Rds("Action=DescribeDBClusters&Version=2014-10-31&" + new string('k', 3000) + "=v"));
        yield return new MalformedRequest("RDS form of 31 MB", WireErrorShape.AwsQuery, () => Rds("Action=DescribeDBClusters&Version=2014-10-31&Marker=" + new string('m', 31 * 1024 * 1024)));
        yield return new MalformedRequest("unsigned RDS form with 1,100 fields", WireErrorShape.AwsQuery, () => Rds(manyFields, signed: false));
    }

    private static IEnumerable<MalformedRequest> BadRdsForms()
    {
        string[] actions = ["DescribeDBClusters", "CreateDBClusterSnapshot", "CopyDBClusterSnapshot", "DescribeDBClusterSnapshots", "AddTagsToResource"];
        string[] badParameters =
        [
            "Version=2010-01-01",
            "Version=",
            "Version=2014-10-31&Version=2014-10-31",
            "Version=2014-10-31&DBClusterIdentifier=%00",
            "Version=2014-10-31&DBClusterSnapshotIdentifier=%01%02&SourceDBClusterSnapshotIdentifier=%1F&ResourceName=%0B",
            "Version=2014-10-31&DBClusterIdentifier=%ED%A0%80&DBClusterSnapshotIdentifier=%FF%FE",
            "Version=2014-10-31&DBClusterIdentifier=%ZZ&DBClusterSnapshotIdentifier=%",
            "Version=2014-10-31&MaxRecords=abc",
            "Version=2014-10-31&MaxRecords=99999999999999999999",
            "Version=2014-10-31&Tags.Tag.1.Key=%00&Tags.Tag.1.Value=%01&ResourceName=arn:aws:rds:us-east-1:123456789012:cluster:nope",
            "Version=2014-10-31&Filters.Filter.1.Name=db-cluster-id&Filters.Filter.1.Values.Value.1=%00",
        ];
        return
            from action in actions
            from parameters in badParameters
            select new MalformedRequest($"RDS {action} with {parameters}", WireErrorShape.AwsQuery, () => Rds($"Action={action}&{parameters}"));
    }

    private static IEnumerable<MalformedRequest> PathTricks()
    {
        string[] efsPaths =
        [
            "/2015-02-01/file-systems/%00",
            "/2015-02-01/mount-targets/%00%01",
            "/2015-02-01/tags/%00/",
            "/2015-02-01/file-systems/%ZZ",
            "/2015-02-01/file-systems/%C0%AF",
            "/2015-02-01/file-systems/%ED%A0%80",
            "/2015-02-01/file-systems/..%2F..%2Fetc%2Fpasswd",
            "/2015-02-01/file-systems/%2e%2e",
            "/2015-02-01/mount-targets/%01%02",
            "/2015-02-01/resource-tags/%FF",
            "/2015-02-01/tags/%7F/",
            "/2015-02-01/file-systems/" + new string('f', 4000),
        ];
        foreach (var path in efsPaths)
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Delete, HttpMethod.Put })
            {
                yield return new MalformedRequest($"EFS {method} {Shorten(path)}", WireErrorShape.RestJson, () => Signed(method, path, "elasticfilesystem"));
            }
        }

        string[] elasticPaths = ["/cluster-snapshot/%01", "/cluster/%00", "/tags/a%00b", "/cluster-snapshot/%ZZ", "/cluster-snapshot/%ED%A0%80/copy", "/tags/%FF%FE", "/cluster-snapshot/" + new string('s', 4000)];
        foreach (var path in elasticPaths)
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Delete })
            {
                yield return new MalformedRequest($"DocDB Elastic {method} {Shorten(path)}", WireErrorShape.RestJson, () => Signed(method, path, "docdb-elastic"));
            }
        }

        yield return new MalformedRequest("DocDB Elastic PATCH /clusters", WireErrorShape.RestJson, () => Signed(HttpMethod.Patch, "/clusters", "docdb-elastic"));
        yield return new MalformedRequest("DocDB Elastic GET /nothing-here", WireErrorShape.RestJson, () => Signed(HttpMethod.Get, "/nothing-here", "docdb-elastic"));
        yield return new MalformedRequest("EFS PATCH /2015-02-01/file-systems", WireErrorShape.RestJson, () => Signed(HttpMethod.Patch, "/2015-02-01/file-systems", "elasticfilesystem"));
        yield return new MalformedRequest("EFS GET /2015-02-01//file-systems", WireErrorShape.RestJson, () => Signed(HttpMethod.Get, "/2015-02-01//file-systems", "elasticfilesystem"));
        yield return new MalformedRequest("RDS GET /?Action=%00", WireErrorShape.AwsQuery, () => Rds("Action=DescribeDBClusters&Version=2014-10-31&Marker=%00"));
        yield return new MalformedRequest("Step Functions POST /%00", WireErrorShape.AwsJson, () =>
        {
            var request = StepFunctionsTarget("AWSStepFunctions.ListStateMachines", Utf8("{}"));
            request.RequestUri = new Uri("/%00", UriKind.Relative);
            return request;
        });
        yield return new MalformedRequest("RDS GET / with no Action", WireErrorShape.AwsQuery, () => Signed(HttpMethod.Get, "/", "rds"));
    }

    private static IEnumerable<MalformedRequest> UnknownTargetsAndActions()
    {
        string[] stepFunctionsTargets = ["AWSStepFunctions.NoSuchOperation", "AWSStepFunctions.", "AWSStepFunctions.createStateMachine", "AWSStepFunctions.ListStateMachines.Extra"];
        foreach (var target in stepFunctionsTargets)
        {
            yield return new MalformedRequest($"Step Functions target {target}", WireErrorShape.AwsJson, () => StepFunctionsTarget(target, Utf8("{}")));
        }

        yield return new MalformedRequest("Step Functions without a content type", WireErrorShape.AwsJson, () =>
        {
            var request = StepFunctionsTarget("AWSStepFunctions.ListStateMachines", Utf8("{\"maxResults\":\"x\"}"));
            request.Content!.Headers.ContentType = null;
            return request;
        });
        yield return new MalformedRequest("unknown service target AmazonSQS.SendMessage", WireErrorShape.RestJson, () => StepFunctionsTarget("AmazonSQS.SendMessage", Utf8("{}")));
        yield return new MalformedRequest("unknown service POST /", WireErrorShape.RestJson, () => Signed(HttpMethod.Post, "/", "sqs"));
        foreach (var action in new[] { "NoSuchAction", "describeDBClusters", "DescribeDBClusters2", "%00", "Describe%20DBClusters" })
        {
            yield return new MalformedRequest($"RDS action {action}", WireErrorShape.AwsQuery, () => Rds($"Action={action}&Version=2014-10-31"));
        }

        yield return new MalformedRequest("RDS without an Action", WireErrorShape.AwsQuery, () => Rds("Version=2014-10-31"));
        yield return new MalformedRequest("RDS empty form", WireErrorShape.AwsQuery, () => Rds(string.Empty));
        yield return new MalformedRequest("RDS with a JSON body", WireErrorShape.AwsQuery, () =>
        {
            var request = Signed(HttpMethod.Post, "/", "rds");
            request.Content = new ByteArrayContent(Utf8("{\"Action\":\"DescribeDBClusters\"}"));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return request;
        });
    }

    private static IEnumerable<MalformedRequest> WrongQueryTypes()
    {
        string[] efsQueries =
        [
            "/2015-02-01/file-systems?MaxItems=abc",
            "/2015-02-01/file-systems?MaxItems=-1",
            "/2015-02-01/file-systems?MaxItems=99999999999",
            "/2015-02-01/file-systems?Marker=%00%FF",
            "/2015-02-01/file-systems?Marker=not-a-marker",
            "/2015-02-01/mount-targets?MaxItems=0&FileSystemId=fs-0123456789abcdef0",
            "/2015-02-01/file-systems/replication-configurations?MaxResults=x",
            "/2015-02-01/file-systems/replication-configurations?NextToken=%ED%A0%80",
        ];
        foreach (var path in efsQueries)
        {
            yield return new MalformedRequest($"EFS GET {path}", WireErrorShape.RestJson, () => Signed(HttpMethod.Get, path, "elasticfilesystem"));
        }

        string[] elasticQueries = ["/clusters?maxResults=abc", "/clusters?maxResults=-5", "/clusters?nextToken=%00", "/cluster-snapshots?maxResults=1e9", "/cluster-snapshots?snapshotType=weird", "/cluster-snapshots?nextToken=%FF"];
        foreach (var path in elasticQueries)
        {
            yield return new MalformedRequest($"DocDB Elastic GET {path}", WireErrorShape.RestJson, () => Signed(HttpMethod.Get, path, "docdb-elastic"));
        }
    }

    private static HttpRequestMessage Signed(HttpMethod method, string path, string service)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", service));
        return request;
    }

    private static HttpRequestMessage Json(string method, string path, string service, byte[] body)
    {
        var request = Signed(new HttpMethod(method), path, service);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return request;
    }

    private static HttpRequestMessage StepFunctions(string operation, byte[] body) => StepFunctionsTarget("AWSStepFunctions." + operation, body);

    private static HttpRequestMessage StepFunctionsTarget(string target, byte[] body)
    {
        var request = Signed(HttpMethod.Post, "/", "states");
        request.Headers.Add("X-Amz-Target", target);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        return request;
    }

    private static HttpRequestMessage Rds(string form, bool signed = true)
    {
        var request = signed ? Signed(HttpMethod.Post, "/", "rds") : new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative));
        request.Content = new ByteArrayContent(Encoding.ASCII.GetBytes(form));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return request;
    }

    private static string Shorten(string path) => path.Length > 60 ? path[..60] + $"... ({path.Length} chars)" : path;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Join(params byte[][] parts) => [.. parts.SelectMany(part => part)];
}
