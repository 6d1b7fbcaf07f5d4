// Drives complete EFS scenarios against the StorageOps simulator with the official AWS SDK for JavaScript v3
// and prints what the SDK saw as JSON: provisioning, tagging, replication, teardown, every modelled error and pagination.
// Input (stdin JSON):
//   { "endpoint": "http://127.0.0.1:PORT", "region": "eu-central-1", "destinationRegion": "eu-west-3",
//     "accessKeyId": "...", "secretAccessKey": "...",
//     "subnets": ["subnet-a", "subnet-b", "subnet-c"], "securityGroup": "sg-...",
//     "tinySubnet": "subnet-... (a /28 with 11 usable addresses)", "tinySubnetSecurityGroup": "sg-..." }
// The simulator must use describe-counted transitions so polling loops converge without waiting.
// The script asserts nothing: the C# test that runs it does. It exits non-zero only when it cannot run at all.
import {
  CreateFileSystemCommand,
  CreateMountTargetCommand,
  CreateReplicationConfigurationCommand,
  CreateTagsCommand,
  DeleteFileSystemCommand,
  DeleteMountTargetCommand,
  DeleteReplicationConfigurationCommand,
  DeleteTagsCommand,
  DescribeFileSystemsCommand,
  DescribeMountTargetSecurityGroupsCommand,
  DescribeMountTargetsCommand,
  DescribeReplicationConfigurationsCommand,
  DescribeTagsCommand,
  EFSClient,
  ListTagsForResourceCommand,
  ModifyMountTargetSecurityGroupsCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateFileSystemCommand,
  UpdateFileSystemProtectionCommand,
  paginateDescribeMountTargets,
  paginateDescribeReplicationConfigurations,
  paginateDescribeTags,
  paginateListTagsForResource,
} from "@aws-sdk/client-efs";
import { readSimulatorInput, simulatorClientConfig } from "./simulator-connection.mjs";

const input = await readSimulatorInput();
const clientIn = (region) => new EFSClient({ ...simulatorClientConfig(input), region });
const efs = clientIn(input.region);
const destinationEfs = clientIn(input.destinationRegion);
const MAX_POLLS = 20;

async function captureError(action) {
  try {
    await action();
    return { thrown: false };
  } catch (error) {
    return {
      thrown: true,
      name: error.name,
      errorCode: error.ErrorCode,
      message: error.message,
      httpStatusCode: error.$metadata?.httpStatusCode,
      fault: error.$fault,
    };
  }
}

// Polls until done(result) or until the call throws the expected error name; records every observed value.
async function poll(describe, observe, done, goneErrorName) {
  const observed = [];
  for (let attempt = 0; attempt < MAX_POLLS; attempt++) {
    try {
      const value = observe(await describe());
      observed.push(value);
      if (done(value)) {
        return { observed, converged: true };
      }
    } catch (error) {
      if (goneErrorName && error.name === goneErrorName) {
        observed.push(error.name);
        return { observed, converged: true };
      }
      throw error;
    }
  }
  return { observed, converged: false };
}

const waitFileSystemAvailable = (client, id) => poll(
  () => client.send(new DescribeFileSystemsCommand({ FileSystemId: id })),
  (out) => out.FileSystems[0].LifeCycleState,
  (state) => state === "available");

const report = { errors: {} };

// 1. Provision: file system → available.
const created = await efs.send(new CreateFileSystemCommand({
  CreationToken: "scenario-main",
  Encrypted: true,
  ThroughputMode: "bursting",
  Tags: [{ Key: "Name", Value: "scenario" }],
}));
const fileSystemId = created.FileSystemId;
report.createFileSystem = { fileSystemId, state: created.LifeCycleState };
report.fileSystemAvailable = await waitFileSystemAvailable(efs, fileSystemId);

// An error before anything is mounted: a file system that is still creating takes no mount target.
const young = await efs.send(new CreateFileSystemCommand({ CreationToken: "scenario-young" }));
report.errors.incorrectFileSystemLifeCycleState = await captureError(() =>
  efs.send(new CreateMountTargetCommand({ FileSystemId: young.FileSystemId, SubnetId: input.subnets[0] })));

// 2. Mount targets in three Availability Zones → available.
const mountTargets = [];
for (const subnetId of input.subnets) {
  const mountTarget = await efs.send(new CreateMountTargetCommand({ FileSystemId: fileSystemId, SubnetId: subnetId, SecurityGroups: [input.securityGroup] }));
  mountTargets.push({
    MountTargetId: mountTarget.MountTargetId,
    SubnetId: mountTarget.SubnetId,
    AvailabilityZoneName: mountTarget.AvailabilityZoneName,
    AvailabilityZoneId: mountTarget.AvailabilityZoneId,
    IpAddress: mountTarget.IpAddress,
    VpcId: mountTarget.VpcId,
    NetworkInterfaceId: mountTarget.NetworkInterfaceId,
    OwnerId: mountTarget.OwnerId,
    LifeCycleState: mountTarget.LifeCycleState,
  });
}
report.mountTargets = mountTargets;
report.errors.incorrectMountTargetState = await captureError(() =>
  efs.send(new ModifyMountTargetSecurityGroupsCommand({ MountTargetId: mountTargets[0].MountTargetId, SecurityGroups: [input.securityGroup] })));
report.mountTargetsAvailable = await poll(
  () => efs.send(new DescribeMountTargetsCommand({ FileSystemId: fileSystemId })),
  (out) => out.MountTargets.map((mountTarget) => mountTarget.LifeCycleState),
  (states) => states.every((state) => state === "available"));
const afterMount = await efs.send(new DescribeFileSystemsCommand({ FileSystemId: fileSystemId }));
report.numberOfMountTargets = afterMount.FileSystems[0].NumberOfMountTargets;
const byMountTargetId = await efs.send(new DescribeMountTargetsCommand({ MountTargetId: mountTargets[1].MountTargetId }));
report.describeByMountTargetId = byMountTargetId.MountTargets.map((mountTarget) => mountTarget.MountTargetId);
report.securityGroups = (await efs.send(new DescribeMountTargetSecurityGroupsCommand({ MountTargetId: mountTargets[0].MountTargetId }))).SecurityGroups;
await efs.send(new ModifyMountTargetSecurityGroupsCommand({ MountTargetId: mountTargets[0].MountTargetId, SecurityGroups: [input.securityGroup] }));
report.mountTargetPages = [];
for await (const page of paginateDescribeMountTargets({ client: efs, pageSize: 2 }, { FileSystemId: fileSystemId })) {
  report.mountTargetPages.push(page.MountTargets.map((mountTarget) => mountTarget.MountTargetId));
}

// Mount target errors.
report.errors.mountTargetConflict = await captureError(() =>
  efs.send(new CreateMountTargetCommand({ FileSystemId: fileSystemId, SubnetId: input.subnets[0] })));
report.errors.securityGroupLimitExceeded = await captureError(() =>
  efs.send(new ModifyMountTargetSecurityGroupsCommand({
    MountTargetId: mountTargets[0].MountTargetId,
    SecurityGroups: ["sg-1", "sg-2", "sg-3", "sg-4", "sg-5", "sg-6"],
  })));
report.errors.securityGroupNotFound = await captureError(() =>
  efs.send(new ModifyMountTargetSecurityGroupsCommand({ MountTargetId: mountTargets[0].MountTargetId, SecurityGroups: ["sg-0123456789abcdef0"] })));
report.errors.subnetNotFound = await captureError(() =>
  efs.send(new CreateMountTargetCommand({ FileSystemId: fileSystemId, SubnetId: "subnet-0123456789abcdef0" })));
report.errors.mountTargetNotFound = await captureError(() =>
  efs.send(new DescribeMountTargetsCommand({ MountTargetId: "fsmt-0123456789abcdef0" })));
report.errors.accessPointNotFound = await captureError(() =>
  efs.send(new DescribeMountTargetsCommand({ AccessPointId: "fsap-0123456789abcdef0" })));
report.errors.fileSystemInUse = await captureError(() => efs.send(new DeleteFileSystemCommand({ FileSystemId: fileSystemId })));
report.errors.fileSystemNotFound = await captureError(() => efs.send(new DeleteFileSystemCommand({ FileSystemId: "fs-0123456789abcdef0" })));
const other = await efs.send(new CreateFileSystemCommand({ CreationToken: "scenario-other" }));
await waitFileSystemAvailable(efs, other.FileSystemId);
report.errors.ipAddressInUse = await captureError(() =>
  efs.send(new CreateMountTargetCommand({ FileSystemId: other.FileSystemId, SubnetId: input.subnets[0], IpAddress: mountTargets[0].IpAddress })));
report.errors.ipAddressOutsideSubnet = await captureError(() =>
  efs.send(new CreateMountTargetCommand({ FileSystemId: other.FileSystemId, SubnetId: input.subnets[0], IpAddress: "10.99.0.4" })));

// A /28 subnet holds 11 mount targets; the twelfth file system finds no free address.
const fillers = [];
for (let index = 0; index < 12; index++) {
  const filler = await efs.send(new CreateFileSystemCommand({ CreationToken: `scenario-filler-${index}` }));
  await waitFileSystemAvailable(efs, filler.FileSystemId);
  fillers.push(filler.FileSystemId);
}
for (const filler of fillers.slice(0, 11)) {
  await efs.send(new CreateMountTargetCommand({ FileSystemId: filler, SubnetId: input.tinySubnet, SecurityGroups: [input.tinySubnetSecurityGroup] }));
}
report.errors.noFreeAddressesInSubnet = await captureError(() =>
  efs.send(new CreateMountTargetCommand({ FileSystemId: fillers[11], SubnetId: input.tinySubnet })));

// 3. Tags: both the legacy and the resource operations, 50-tag limit, pagination.
await efs.send(new TagResourceCommand({ ResourceId: fileSystemId, Tags: [{ Key: "team", Value: "storage" }, { Key: "tier", Value: "gold" }] }));
await efs.send(new CreateTagsCommand({ FileSystemId: fileSystemId, Tags: [{ Key: "legacy", Value: "yes" }] }));
await efs.send(new UntagResourceCommand({ ResourceId: fileSystemId, TagKeys: ["tier"] }));
await efs.send(new DeleteTagsCommand({ FileSystemId: fileSystemId, TagKeys: ["legacy"] }));
report.tags = (await efs.send(new ListTagsForResourceCommand({ ResourceId: fileSystemId }))).Tags;
report.describeTags = (await efs.send(new DescribeTagsCommand({ FileSystemId: fileSystemId }))).Tags;
report.errors.tagLimit = await captureError(() => efs.send(new TagResourceCommand({
  ResourceId: fileSystemId,
  Tags: Array.from({ length: 49 }, (_, index) => ({ Key: `bulk-${index}`, Value: "v" })),
})));
report.tagPages = [];
for await (const page of paginateListTagsForResource({ client: efs, pageSize: 1 }, { ResourceId: fileSystemId })) {
  report.tagPages.push(page.Tags.map((tag) => tag.Key));
}
report.describeTagPages = [];
for await (const page of paginateDescribeTags({ client: efs, pageSize: 2 }, { FileSystemId: fileSystemId })) {
  report.describeTagPages.push(page.Tags.map((tag) => tag.Key));
}

// 4. Throughput: one mode change per 24 hours.
const provisioned = await efs.send(new UpdateFileSystemCommand({ FileSystemId: fileSystemId, ThroughputMode: "provisioned", ProvisionedThroughputInMibps: 128 }));
report.updateFileSystem = {
  httpStatusCode: provisioned.$metadata.httpStatusCode,
  ThroughputMode: provisioned.ThroughputMode,
  ProvisionedThroughputInMibps: provisioned.ProvisionedThroughputInMibps,
};
report.errors.tooManyRequests = await captureError(() => efs.send(new UpdateFileSystemCommand({ FileSystemId: fileSystemId, ThroughputMode: "elastic" })));

// 5. Replication to another region → ENABLED.
report.errors.replicationNotFound = await captureError(() =>
  efs.send(new DescribeReplicationConfigurationsCommand({ FileSystemId: fileSystemId })));
const replication = await efs.send(new CreateReplicationConfigurationCommand({
  SourceFileSystemId: fileSystemId,
  Destinations: [{ Region: input.destinationRegion }],
}));
const destinationId = replication.Destinations[0].FileSystemId;
report.createReplication = {
  SourceFileSystemId: replication.SourceFileSystemId,
  SourceFileSystemRegion: replication.SourceFileSystemRegion,
  SourceFileSystemArn: replication.SourceFileSystemArn,
  OriginalSourceFileSystemArn: replication.OriginalSourceFileSystemArn,
  CreationTimeIsDate: replication.CreationTime instanceof Date,
  Destination: replication.Destinations[0],
};
report.replicationEnabled = await poll(
  () => efs.send(new DescribeReplicationConfigurationsCommand({ FileSystemId: fileSystemId })),
  (out) => out.Replications[0].Destinations[0].Status,
  (status) => status === "ENABLED");
const timestamps = [];
for (let index = 0; index < 2; index++) {
  const described = await efs.send(new DescribeReplicationConfigurationsCommand({ FileSystemId: fileSystemId }));
  timestamps.push(described.Replications[0].Destinations[0].LastReplicatedTimestamp.getTime());
}
report.lastReplicatedTimestamps = timestamps;
const destination = (await destinationEfs.send(new DescribeFileSystemsCommand({ FileSystemId: destinationId }))).FileSystems[0];
report.destinationFileSystem = {
  FileSystemArn: destination.FileSystemArn,
  ReplicationOverwriteProtection: destination.FileSystemProtection?.ReplicationOverwriteProtection,
};
report.destinationRegionReplications = (await destinationEfs.send(new DescribeReplicationConfigurationsCommand({ FileSystemId: destinationId })))
  .Replications.map((found) => found.SourceFileSystemId);
report.replicationPages = [];
for await (const page of paginateDescribeReplicationConfigurations({ client: efs, pageSize: 1 }, {})) {
  report.replicationPages.push(page.Replications.map((found) => found.SourceFileSystemId));
}
report.errors.replicationValidation = await captureError(() =>
  efs.send(new CreateReplicationConfigurationCommand({ SourceFileSystemId: fileSystemId, Destinations: [{ Region: "us-east-2" }] })));
report.errors.destinationIsNeverSource = await captureError(() =>
  destinationEfs.send(new CreateReplicationConfigurationCommand({ SourceFileSystemId: destinationId, Destinations: [{ Region: "us-east-2" }] })));
report.errors.replicationConflict = await captureError(() =>
  efs.send(new CreateReplicationConfigurationCommand({ SourceFileSystemId: other.FileSystemId, Destinations: [{ FileSystemId: fillers[11] }] })));
report.errors.replicationAlreadyExists = await captureError(() =>
  destinationEfs.send(new UpdateFileSystemProtectionCommand({ FileSystemId: destinationId, ReplicationOverwriteProtection: "ENABLED" })));
const protection = await efs.send(new UpdateFileSystemProtectionCommand({ FileSystemId: fillers[11], ReplicationOverwriteProtection: "DISABLED" }));
report.updateProtection = protection.ReplicationOverwriteProtection;
const existing = await efs.send(new CreateReplicationConfigurationCommand({ SourceFileSystemId: other.FileSystemId, Destinations: [{ FileSystemId: fillers[11] }] }));
report.existingDestination = existing.Destinations[0].FileSystemId;

// 6. Teardown: replication → mount targets → file system, each polled until gone.
await efs.send(new DeleteReplicationConfigurationCommand({ SourceFileSystemId: fileSystemId, DeletionMode: "ALL_CONFIGURATIONS" }));
report.replicationGone = await poll(
  () => efs.send(new DescribeReplicationConfigurationsCommand({ FileSystemId: fileSystemId })),
  (out) => out.Replications[0].Destinations[0].Status,
  () => false,
  "ReplicationNotFound");
report.destinationProtectionAfterDelete = (await destinationEfs.send(new DescribeFileSystemsCommand({ FileSystemId: destinationId })))
  .FileSystems[0].FileSystemProtection?.ReplicationOverwriteProtection;
for (const mountTarget of mountTargets) {
  await efs.send(new DeleteMountTargetCommand({ MountTargetId: mountTarget.MountTargetId }));
}
report.mountTargetsGone = await poll(
  () => efs.send(new DescribeMountTargetsCommand({ FileSystemId: fileSystemId })),
  (out) => out.MountTargets.map((mountTarget) => mountTarget.LifeCycleState),
  (states) => states.length === 0);
await efs.send(new DeleteFileSystemCommand({ FileSystemId: fileSystemId }));
report.fileSystemGone = await poll(
  () => efs.send(new DescribeFileSystemsCommand({ FileSystemId: fileSystemId })),
  (out) => out.FileSystems[0].LifeCycleState,
  () => false,
  "FileSystemNotFound");

console.log(JSON.stringify(report, null, 2));
