using System.Net;
using StorageOps.Aws.Efs;
using StorageOps.Aws.Tests.Support;

namespace StorageOps.Aws.Tests.Efs;

/// <summary>The errors the EFS model lists for the newer operations, in each form an EFS error can take on the wire.</summary>
public sealed class EfsOperationErrorTests
{
    private static readonly Dictionary<string, (string Operation, string Input, string Code, int Status, Type Exception)> Cases = new()
    {
        ["DeleteFileSystem with mount targets"] = ("DeleteFileSystem", """{"FileSystemId":"fs-01234567"}""", "FileSystemInUse", 409, typeof(FileSystemInUseException)),
        ["UpdateFileSystem too soon"] = ("UpdateFileSystem", """{"FileSystemId":"fs-01234567","ThroughputMode":"elastic"}""", "TooManyRequests", 429, typeof(TooManyRequestsException)),
        ["CreateMountTarget in a taken zone"] = ("CreateMountTarget", """{"FileSystemId":"fs-01234567","SubnetId":"subnet-1234abcd"}""", "MountTargetConflict", 409, typeof(MountTargetConflictException)),
        ["CreateMountTarget in an unknown subnet"] = ("CreateMountTarget", """{"FileSystemId":"fs-01234567","SubnetId":"subnet-1234abcd"}""", "SubnetNotFound", 400, typeof(SubnetNotFoundException)),
        ["DescribeMountTargets of an unknown mount target"] = ("DescribeMountTargets", """{"MountTargetId":"fsmt-12340abc"}""", "MountTargetNotFound", 404, typeof(MountTargetNotFoundException)),
        ["DeleteMountTarget timing out"] = ("DeleteMountTarget", """{"MountTargetId":"fsmt-12340abc"}""", "DependencyTimeout", 504, typeof(DependencyTimeoutException)),
        ["DescribeMountTargetSecurityGroups while deleting"] = ("DescribeMountTargetSecurityGroups", """{"MountTargetId":"fsmt-12340abc"}""", "IncorrectMountTargetState", 409, typeof(IncorrectMountTargetStateException)),
        ["ModifyMountTargetSecurityGroups with an unknown group"] = ("ModifyMountTargetSecurityGroups", """{"MountTargetId":"fsmt-12340abc","SecurityGroups":["sg-abcd1234"]}""", "SecurityGroupNotFound", 400, typeof(SecurityGroupNotFoundException)),
        ["CreateTags of an unknown file system"] = ("CreateTags", """{"FileSystemId":"fs-01234567","Tags":[{"Key":"k","Value":"v"}]}""", "FileSystemNotFound", 404, typeof(FileSystemNotFoundException)),
        ["TagResource of an unknown access point"] = ("TagResource", """{"ResourceId":"fsap-01234567","Tags":[{"Key":"k","Value":"v"}]}""", "AccessPointNotFound", 404, typeof(AccessPointNotFoundException)),
        ["CreateReplicationConfiguration unencrypted destination"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[{"FileSystemId":"fs-89abcdef"}]}""", "ConflictException", 409, typeof(ConflictException)),
        ["CreateReplicationConfiguration without Backup"] = ("CreateReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567","Destinations":[{"Region":"us-west-2"}]}""", "ValidationException", 400, typeof(ValidationException)),
        ["DescribeReplicationConfigurations of an unreplicated file system"] = ("DescribeReplicationConfigurations", """{"FileSystemId":"fs-01234567"}""", "ReplicationNotFound", 404, typeof(ReplicationNotFoundException)),
        ["DeleteReplicationConfiguration of an unreplicated file system"] = ("DeleteReplicationConfiguration", """{"SourceFileSystemId":"fs-01234567"}""", "ReplicationNotFound", 404, typeof(ReplicationNotFoundException)),
        ["UpdateFileSystemProtection while replicating"] = ("UpdateFileSystemProtection", """{"FileSystemId":"fs-01234567","ReplicationOverwriteProtection":"ENABLED"}""", "ReplicationAlreadyExists", 409, typeof(ReplicationAlreadyExistsException)),
    };

    public static TheoryData<string, string> CasesInEveryForm
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in Cases.Keys)
            {
                foreach (var form in new[] { "header", "header with namespace and suffix", "body ErrorCode", "body code", "body __type" })
                {
                    data.Add(name, form);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CasesInEveryForm))]
    public async Task Operation_WhenServiceAnswersWithAnErrorItLists_ShouldThrowTheTypedException(string name, string form)
    {
        var (operation, input, code, status, exceptionType) = Cases[name];
        var (header, body) = form switch
        {
            "header" => (code, $$"""{"ErrorCode":"{{code}}","Message":"it failed"}"""),
            "header with namespace and suffix" => ($"com.amazon.elasticfilesystem#{code}:http://internal.amazon.com/coral/com.amazon.elasticfilesystem/", """{"Message":"it failed"}"""),
            "body ErrorCode" => ((string?)null, $$"""{"ErrorCode":"{{code}}","Message":"it failed"}"""),
            "body code" => (null, $$"""{"code":"{{code}}","message":"it failed"}"""),
            _ => (null, $$"""{"__type":"com.amazon.elasticfilesystem#{{code}}","message":"it failed"}"""),
        };
        await using var server = new CaptureServer();
        server.Respond(CannedResponse.Error(status, header, body, requestId: "req-error"));
        using var client = EfsTestClients.For(server.Endpoint, maxErrorRetry: 0);

        var exception = await Assert.ThrowsAnyAsync<EfsServiceException>(() => EfsOperationInvoker.InvokeAsync(client, operation, input));

        Assert.IsType(exceptionType, exception);
        Assert.Equal(code, exception.ErrorCode);
        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal("req-error", exception.RequestId);
        Assert.Equal("it failed", exception.Message);
        Assert.Single(server.Requests);
    }
}
