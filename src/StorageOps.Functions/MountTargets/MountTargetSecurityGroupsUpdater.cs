using StorageOps.Aws.Efs;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Ownership;

namespace StorageOps.Functions.MountTargets;

/// <summary>Replaces the security groups of mount targets of one of our file systems, skipping those that already match.</summary>
public sealed class MountTargetSecurityGroupsUpdater
{
    private readonly RegionalClients<IEfsClient> efs;

    public MountTargetSecurityGroupsUpdater(RegionalClients<IEfsClient> efs)
    {
        this.efs = efs;
    }

    public async Task<MountTargetSecurityGroupsUpdate> ModifyAsync(ModifyMountTargetSecurityGroupsInput input, CancellationToken cancellationToken)
    {
        var fileSystemId = FileSystemIdInput.Require(input.FileSystemId, "fileSystemId");
        var problems = new List<string>();
        FileSystemUpdateValidator.ValidateMountTargetSecurityGroups(input.MountTargetSecurityGroups, problems);
        FileSystemUpdateValidator.ThrowIfAny(problems);

        var fileSystem = await FileSystemLookup.DescribeOneAsync(efs.Home, fileSystemId, cancellationToken);
        FileSystemOwnership.RequireOwned(fileSystem, "change the security groups of its mount targets");
        var ownMountTargets = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var mountTarget in efs.Home.DescribeAllMountTargetsAsync(new DescribeMountTargetsRequest { FileSystemId = fileSystemId }, cancellationToken))
        {
            ownMountTargets.Add(mountTarget.MountTargetId!);
        }

        var foreign = input.MountTargetSecurityGroups!.Select(request => request.MountTargetId!).Where(id => !ownMountTargets.Contains(id)).ToList();
        if (foreign.Count > 0)
        {
            throw new InvalidInputException($"mountTargetSecurityGroups: {string.Join(", ", foreign)} is not a mount target of {fileSystemId}");
        }

        var changes = new List<MountTargetSecurityGroupsChange>();
        foreach (var request in input.MountTargetSecurityGroups!)
        {
            var mountTargetId = request.MountTargetId!;
            var wanted = request.SecurityGroups!.Distinct(StringComparer.Ordinal).ToList();
            var current = await efs.Home.DescribeMountTargetSecurityGroupsAsync(new DescribeMountTargetSecurityGroupsRequest { MountTargetId = mountTargetId }, cancellationToken);
            if (current.SecurityGroups.ToHashSet(StringComparer.Ordinal).SetEquals(wanted))
            {
                changes.Add(new MountTargetSecurityGroupsChange(mountTargetId, wanted, Changed: false));
                continue;
            }

            await efs.Home.ModifyMountTargetSecurityGroupsAsync(new ModifyMountTargetSecurityGroupsRequest { MountTargetId = mountTargetId, SecurityGroups = wanted }, cancellationToken);
            changes.Add(new MountTargetSecurityGroupsChange(mountTargetId, wanted, Changed: true));
        }

        return new MountTargetSecurityGroupsUpdate(fileSystemId, changes);
    }
}
