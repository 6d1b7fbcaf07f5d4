using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Execution;

namespace StorageOps.Local.Runner;

/// <summary>
/// The sample input of each workflow, <c>events/&lt;workflow&gt;.json</c>, made runnable in a fresh local environment:
/// a workflow that acts on an existing file system (its sample names a <c>fileSystemId</c>) gets one provisioned first
/// from the provision sample, and its sample pointed at it (and each <c>mountTargetSecurityGroups</c> entry at the provisioned
/// mount target of the same position).
/// </summary>
public static class WorkflowSamples
{
    public const string ProvisionWorkflow = "provision-file-system";

    private const string FileSystemIdMember = "fileSystemId";

    private const string ReplicationMember = "replication";

    private const string MountTargetSecurityGroupsMember = "mountTargetSecurityGroups";

    private const string MountTargetIdMember = "mountTargetId";

    public static string PathOf(string eventsDirectory, string workflow) => Path.Combine(eventsDirectory, $"{workflow}.json");

    /// <returns>Null when the workflow has no sample.</returns>
    public static async Task<JsonNode?> InputForAsync(LocalEnvironment environment, string eventsDirectory, string workflow, CancellationToken cancellationToken = default)
    {
        var path = PathOf(eventsDirectory, workflow);
        if (!File.Exists(path))
        {
            return null;
        }

        var input = JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        if (workflow == ProvisionWorkflow || input is not JsonObject sample || !sample.ContainsKey(FileSystemIdMember))
        {
            return input;
        }

        var provision = await InputForAsync(environment, eventsDirectory, ProvisionWorkflow, cancellationToken) as JsonObject
            ?? throw new FileNotFoundException($"{workflow} acts on an existing file system, provisioned from {PathOf(eventsDirectory, ProvisionWorkflow)}, which does not exist.");

        // The file system to act on is a plain one: a replicate sample could not replicate one that already replicates.
        provision.Remove(ReplicationMember);
        var provisioned = await environment.RunAsync(ProvisionWorkflow, provision, cancellationToken: cancellationToken);
        if (provisioned.Status != ExecutionStatus.Succeeded || (string?)provisioned.Output?[FileSystemIdMember] is not { } fileSystemId)
        {
            throw new InvalidOperationException($"Provisioning the file system {workflow} acts on failed: {provisioned.Error}: {provisioned.Cause}");
        }

        sample[FileSystemIdMember] = fileSystemId;
        if (sample[MountTargetSecurityGroupsMember] is JsonArray changes && provisioned.Output?["mountTargets"] is JsonArray mountTargets)
        {
            foreach (var (change, mountTarget) in changes.OfType<JsonObject>().Zip(mountTargets))
            {
                change[MountTargetIdMember] = (string?)mountTarget?[MountTargetIdMember];
            }
        }

        return sample;
    }
}
