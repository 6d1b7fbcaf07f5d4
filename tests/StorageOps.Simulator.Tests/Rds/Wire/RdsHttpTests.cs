using System.Net;
using StorageOps.Simulator.Accounts;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Rds.Wire;

public sealed class RdsHttpTests : IAsyncLifetime
{
    private const string Namespace = "http://rds.amazonaws.com/doc/2014-10-31/";

    private SimulatorHttp http = null!;

    public async Task InitializeAsync() => http = await SimulatorHttp.StartAsync();

    public async Task DisposeAsync() => await http.DisposeAsync();

    [Fact]
    public async Task CreateDBClusterSnapshot_WhenPosted_ShouldReturnTheRdsXmlDocumentExactly()
    {
        using var response = await RdsQueryRequests.PostAsync(http, "CreateDBClusterSnapshot",
        [
            ("DBClusterIdentifier", "analytics-scratch-pg"),
            ("DBClusterSnapshotIdentifier", "nightly-1"),
            ("Tags.Tag.1.Key", "owner"),
            ("Tags.Tag.1.Value", "storage & ops"),
            ("Tags.Tag.2.Key", "retention"),
            ("Tags.Tag.2.Value", "7"),
        ]);

        var cluster = http.Simulator.Rds.PeekDBClusters(new AccountRegion("123456789012", "us-east-1")).Single(candidate => candidate.DBClusterIdentifier == "analytics-scratch-pg");
        var requestId = Assert.Single(response.Headers.GetValues("x-amzn-RequestId"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            $"""
            <CreateDBClusterSnapshotResponse xmlns="{Namespace}">
              <CreateDBClusterSnapshotResult>
                <DBClusterSnapshot>
                  <AvailabilityZones>
                    <AvailabilityZone>us-east-1a</AvailabilityZone>
                    <AvailabilityZone>us-east-1b</AvailabilityZone>
                    <AvailabilityZone>us-east-1c</AvailabilityZone>
                  </AvailabilityZones>
                  <DBClusterSnapshotIdentifier>nightly-1</DBClusterSnapshotIdentifier>
                  <DBClusterIdentifier>analytics-scratch-pg</DBClusterIdentifier>
                  <SnapshotCreateTime>2026-01-01T12:00:00.000Z</SnapshotCreateTime>
                  <Engine>aurora-postgresql</Engine>
                  <EngineMode>provisioned</EngineMode>
                  <AllocatedStorage>0</AllocatedStorage>
                  <Status>creating</Status>
                  <Port>0</Port>
                  <VpcId>{SnapshotVpcId()}</VpcId>
                  <ClusterCreateTime>2025-12-02T12:00:00.000Z</ClusterCreateTime>
                  <MasterUsername>postgres</MasterUsername>
                  <EngineVersion>15.8</EngineVersion>
                  <LicenseModel>postgresql-license</LicenseModel>
                  <SnapshotType>manual</SnapshotType>
                  <PercentProgress>0</PercentProgress>
                  <StorageEncrypted>false</StorageEncrypted>
                  <DBClusterSnapshotArn>arn:aws:rds:us-east-1:123456789012:cluster-snapshot:nightly-1</DBClusterSnapshotArn>
                  <IAMDatabaseAuthenticationEnabled>false</IAMDatabaseAuthenticationEnabled>
                  <TagList>
                    <Tag>
                      <Key>owner</Key>
                      <Value>storage &amp; ops</Value>
                    </Tag>
                    <Tag>
                      <Key>retention</Key>
                      <Value>7</Value>
                    </Tag>
                  </TagList>
                  <StorageType>aurora</StorageType>
                  <DbClusterResourceId>{cluster.DbClusterResourceId}</DbClusterResourceId>
                </DBClusterSnapshot>
              </CreateDBClusterSnapshotResult>
              <ResponseMetadata>
                <RequestId>{requestId}</RequestId>
              </ResponseMetadata>
            </CreateDBClusterSnapshotResponse>
            """,
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CreateDBClusterSnapshot_WhenClusterUnknown_ShouldReturn404ErrorResponseExactly()
    {
        using var response = await RdsQueryRequests.PostAsync(http, "CreateDBClusterSnapshot", [("DBClusterIdentifier", "nope"), ("DBClusterSnapshotIdentifier", "nightly-1")]);

        var requestId = Assert.Single(response.Headers.GetValues("x-amzn-RequestId"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            $"""
            <ErrorResponse xmlns="{Namespace}">
              <Error>
                <Type>Sender</Type>
                <Code>DBClusterNotFoundFault</Code>
                <Message>DBCluster nope not found.</Message>
              </Error>
              <RequestId>{requestId}</RequestId>
            </ErrorResponse>
            """,
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("orders-aurora-pg", "nightly-1", "SnapshotQuotaExceeded", HttpStatusCode.BadRequest)]
    [InlineData("legacy-reports-mysql", "nightly-2", "InvalidDBClusterStateFault", HttpStatusCode.BadRequest)]
    [InlineData("orders-aurora-pg", "bad--name", "InvalidParameterValue", HttpStatusCode.BadRequest)]
    public async Task CreateDBClusterSnapshot_WhenRefused_ShouldReturnTheModelsStatusAndCode(string cluster, string snapshot, string code, HttpStatusCode status)
    {
        if (code == "SnapshotQuotaExceeded")
        {
            for (var index = 0; index < 100; index++)
            {
                using var filler = await RdsQueryRequests.PostAsync(http, "CreateDBClusterSnapshot", [("DBClusterIdentifier", cluster), ("DBClusterSnapshotIdentifier", $"filler-{index}")]);
                Assert.Equal(HttpStatusCode.OK, filler.StatusCode);
            }
        }

        using var response = await RdsQueryRequests.PostAsync(http, "CreateDBClusterSnapshot", [("DBClusterIdentifier", cluster), ("DBClusterSnapshotIdentifier", snapshot)]);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains($"<Code>{code}</Code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeDBClusterSnapshots_WhenFilteredByTwoClusterIds_ShouldListBothClustersSnapshotsWithoutMarker()
    {
        using var response = await RdsQueryRequests.PostAsync(http, "DescribeDBClusterSnapshots",
        [
            ("MaxRecords", "20"),
            ("Filters.Filter.1.Name", "db-cluster-id"),
            ("Filters.Filter.1.Values.Value.1", "orders-aurora-pg"),
            ("Filters.Filter.1.Values.Value.2", "billing-aurora-mysql"),
        ]);
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<Marker>", xml, StringComparison.Ordinal);
        Assert.Equal(6, CountOf(xml, "<DBClusterSnapshot>"));
        Assert.StartsWith($"<DescribeDBClusterSnapshotsResponse xmlns=\"{Namespace}\">\n  <DescribeDBClusterSnapshotsResult>\n    <DBClusterSnapshots>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeDBClusterSnapshots_WhenPaged_ShouldReturnMarkerFirstAndAcceptItBack()
    {
        for (var index = 0; index < 15; index++)
        {
            using var created = await RdsQueryRequests.PostAsync(http, "CreateDBClusterSnapshot", [("DBClusterIdentifier", "orders-aurora-pg"), ("DBClusterSnapshotIdentifier", $"page-{index}")]);
        }

        using var first = await RdsQueryRequests.PostAsync(http, "DescribeDBClusterSnapshots", [("MaxRecords", "20")]);
        var firstXml = await first.Content.ReadAsStringAsync();
        var marker = firstXml.Split("<Marker>")[1].Split("</Marker>")[0];
        using var second = await RdsQueryRequests.PostAsync(http, "DescribeDBClusterSnapshots", [("MaxRecords", "20"), ("Marker", marker)]);
        var secondXml = await second.Content.ReadAsStringAsync();

        Assert.StartsWith($"<DescribeDBClusterSnapshotsResponse xmlns=\"{Namespace}\">\n  <DescribeDBClusterSnapshotsResult>\n    <Marker>", firstXml, StringComparison.Ordinal);
        Assert.Equal(20, CountOf(firstXml, "<DBClusterSnapshot>"));
        Assert.Equal(5, CountOf(secondXml, "<DBClusterSnapshot>"));
        Assert.DoesNotContain("<Marker>", secondXml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddTagsToResource_WhenPosted_ShouldReturnAnEmptyResponseWithMetadataOnly()
    {
        using var response = await RdsQueryRequests.PostAsync(http, "AddTagsToResource",
        [
            ("ResourceName", "arn:aws:rds:us-east-1:123456789012:cluster:orders-aurora-pg"),
            ("Tags.Tag.1.Key", "cost-center"),
            ("Tags.Tag.1.Value", "42"),
        ]);
        using var removed = await RdsQueryRequests.PostAsync(http, "RemoveTagsFromResource",
        [
            ("ResourceName", "arn:aws:rds:us-east-1:123456789012:cluster:orders-aurora-pg"),
            ("TagKeys.member.1", "team"),
        ]);
        using var listed = await RdsQueryRequests.PostAsync(http, "ListTagsForResource", [("ResourceName", "arn:aws:rds:us-east-1:123456789012:cluster:orders-aurora-pg")]);

        var requestId = Assert.Single(response.Headers.GetValues("x-amzn-RequestId"));
        Assert.Equal(
            $"""
            <AddTagsToResourceResponse xmlns="{Namespace}">
              <ResponseMetadata>
                <RequestId>{requestId}</RequestId>
              </ResponseMetadata>
            </AddTagsToResourceResponse>
            """,
            await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var listedId = Assert.Single(listed.Headers.GetValues("x-amzn-RequestId"));
        Assert.Equal(
            $"""
            <ListTagsForResourceResponse xmlns="{Namespace}">
              <ListTagsForResourceResult>
                <TagList>
                  <Tag>
                    <Key>storageops:snapshot</Key>
                    <Value>nightly</Value>
                  </Tag>
                  <Tag>
                    <Key>cost-center</Key>
                    <Value>42</Value>
                  </Tag>
                </TagList>
              </ListTagsForResourceResult>
              <ResponseMetadata>
                <RequestId>{listedId}</RequestId>
              </ResponseMetadata>
            </ListTagsForResourceResponse>
            """,
            await listed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DescribeDBClusters_WhenPostedWithoutCredentialScope_ShouldStillBeRoutedToRdsInTheDefaultRegion()
    {
        using var response = await RdsQueryRequests.PostAsync(http, "DescribeDBClusters", [("DBClusterIdentifier", "orders-aurora-pg")], withCredentialScope: false);
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<DBClusterArn>arn:aws:rds:us-east-1:123456789012:cluster:orders-aurora-pg</DBClusterArn>", xml, StringComparison.Ordinal);
        Assert.Contains("<TagList>\n          <Tag>\n            <Key>storageops:snapshot</Key>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeDBClusters_WhenSignedForAnotherRegion_ShouldDescribeThatRegionsClusters()
    {
        using var response = await RdsQueryRequests.PostAsync(http, "DescribeDBClusters", region: "sa-east-1");

        Assert.Contains("<DBClusterArn>arn:aws:rds:sa-east-1:123456789012:cluster:billing-aurora-mysql</DBClusterArn>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeDBClusters_WhenSentAsSignedGetWithQueryString_ShouldBeServedLikeAFormPost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/?Action=DescribeDBClusters&Version=2014-10-31&DBClusterIdentifier=billing-aurora-mysql", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "rds"));

        using var response = await http.Client.SendAsync(request);
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, CountOf(xml, "<DBCluster>"));
        Assert.Contains("<DBClusterIdentifier>billing-aurora-mysql</DBClusterIdentifier>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_WhenActionNotSimulated_ShouldReturn501NotImplementedAsXml()
    {
        using var response = await RdsQueryRequests.PostAsync(http, "DescribeDBInstances");
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("<Code>NotImplemented</Code>", xml, StringComparison.Ordinal);
        Assert.Contains("DescribeDBInstances", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_WhenMaxRecordsNotANumber_ShouldReturnInvalidParameterValue()
    {
        using var response = await RdsQueryRequests.PostAsync(http, "DescribeDBClusters", [("MaxRecords", "many")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<Code>InvalidParameterValue</Code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2010-01-01")]
    [InlineData("")]
    public async Task Dispatch_WhenVersionIsNotRdsApiVersion_ShouldReturnInvalidActionAsXml(string version)
    {
        using var response = await PostRawFormAsync($"Action=DescribeDBClusters&Version={version}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            $"""
            <ErrorResponse xmlns="{Namespace}">
              <Error>
                <Type>Sender</Type>
                <Code>InvalidAction</Code>
                <Message>Could not find operation DescribeDBClusters for version {version}</Message>
              </Error>
              <RequestId>{response.Headers.GetValues("x-amzn-RequestId").Single()}</RequestId>
            </ErrorResponse>
            """,
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dispatch_WhenActionIsNoRdsOperation_ShouldReturnInvalidAction()
    {
        using var response = await RdsQueryRequests.PostAsync(http, "DescribeDBClusters2");
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<Code>InvalidAction</Code>", xml, StringComparison.Ordinal);
        Assert.Contains("<Message>The action DescribeDBClusters2 is not valid for this web service.</Message>", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dispatch_WhenFormHasMoreFieldsThanTheReaderAllows_ShouldReturnMalformedQueryStringAsXml(bool withCredentialScope)
    {
        var form = "Action=DescribeDBClusters&Version=2014-10-31&" + string.Join('&', Enumerable.Range(0, 1100).Select(index => $"Filters.Filter.{index}.Name=engine"));

        using var response = await PostRawFormAsync(form, withCredentialScope);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<Code>MalformedQueryString</Code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_WhenFormIsLargerThanTheSimulatorAccepts_ShouldReturn413AsXml()
    {
        using var response = await PostRawFormAsync("Action=DescribeDBClusters&Version=2014-10-31&Marker=" + new string('m', 11 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<Code>RequestEntityTooLarge</Code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_WhenParameterHoldsACharacterXmlCannotCarry_ShouldReturnInvalidParameterValue()
    {
        using var response = await PostRawFormAsync("Action=DescribeDBClusters&Version=2014-10-31&DBClusterIdentifier=%01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<Code>InvalidParameterValue</Code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostRawFormAsync(string form, bool withCredentialScope = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative)) { Content = new StringContent(form) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        if (withCredentialScope)
        {
            request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "rds"));
        }

        return await http.Client.SendAsync(request);
    }

    private string SnapshotVpcId() =>
        http.Simulator.Rds.PeekDBClusterSnapshots(new AccountRegion("123456789012", "us-east-1")).First(snapshot => snapshot.DBClusterIdentifier == "analytics-scratch-pg").VpcId;

    private static int CountOf(string text, string fragment) => text.Split(fragment).Length - 1;
}
