// Drives every lifecycle of the default fleet against a standalone `storageops simulator --time-scale N` with the official
// AWS SDK for JavaScript v3, polling each resource until it is ready, and prints how long each took on the wall clock as JSON.
// Input (stdin JSON): { "endpoint": "http://127.0.0.1:PORT", "region": "us-east-1", "destinationRegion": "us-west-2",
//   "subnetId": "subnet-... of the default VPC", "rdsClusterIdentifier": "orders-aurora-pg",
//   "elasticSnapshotArn": "arn:aws:docdb-elastic:...:cluster-snapshot/..." }
// The script asserts nothing: the C# test that runs it does. It exits non-zero only when it cannot run at all.
import {
  CreateFileSystemCommand,
  CreateMountTargetCommand,
  CreateReplicationConfigurationCommand,
  DescribeFileSystemsCommand,
  DescribeMountTargetsCommand,
  DescribeReplicationConfigurationsCommand,
  EFSClient,
} from "@aws-sdk/client-efs";
import { CreateDBClusterSnapshotCommand, DescribeDBClusterSnapshotsCommand, RDSClient } from "@aws-sdk/client-rds";
import { CopyClusterSnapshotCommand, DocDBElasticClient, GetClusterSnapshotCommand } from "@aws-sdk/client-docdb-elastic";
import { readSimulatorInput, simulatorClientConfig } from "./simulator-connection.mjs";

const input = await readSimulatorInput();
const config = simulatorClientConfig(input);
const efs = new EFSClient(config);
const rds = new RDSClient(config);
const elastic = new DocDBElasticClient(config);
const POLL_INTERVAL_MS = 100;
const GIVE_UP_AFTER_MS = 30_000;

// Polls describe() until ready(result) holds; reports the wall-clock milliseconds from start to ready, and the last state seen.
async function timeUntilReady(start, describe, stateOf, ready) {
  const started = Date.now();
  await start();
  let state;
  while (Date.now() - started < GIVE_UP_AFTER_MS) {
    state = stateOf(await describe());
    if (ready(state)) {
      return { milliseconds: Date.now() - started, state };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  return { milliseconds: null, state };
}

const report = {};
let fileSystemId;
report.fileSystem = await timeUntilReady(
  async () => ({ FileSystemId: fileSystemId } = await efs.send(new CreateFileSystemCommand({ CreationToken: `time-scale-${Date.now()}` }))),
  () => efs.send(new DescribeFileSystemsCommand({ FileSystemId: fileSystemId })),
  (described) => described.FileSystems[0].LifeCycleState,
  (state) => state === "available");

let mountTargetId;
report.mountTarget = await timeUntilReady(
  async () => ({ MountTargetId: mountTargetId } = await efs.send(new CreateMountTargetCommand({ FileSystemId: fileSystemId, SubnetId: input.subnetId }))),
  () => efs.send(new DescribeMountTargetsCommand({ MountTargetId: mountTargetId })),
  (described) => described.MountTargets[0].LifeCycleState,
  (state) => state === "available");

report.replication = await timeUntilReady(
  () => efs.send(new CreateReplicationConfigurationCommand({ SourceFileSystemId: fileSystemId, Destinations: [{ Region: input.destinationRegion }] })),
  () => efs.send(new DescribeReplicationConfigurationsCommand({ FileSystemId: fileSystemId })),
  (described) => described.Replications[0].Destinations[0].Status,
  (state) => state === "ENABLED");

const rdsSnapshotIdentifier = `time-scale-${Date.now()}`;
report.rdsClusterSnapshot = await timeUntilReady(
  () => rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: input.rdsClusterIdentifier, DBClusterSnapshotIdentifier: rdsSnapshotIdentifier })),
  () => rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: rdsSnapshotIdentifier })),
  (described) => described.DBClusterSnapshots[0].Status,
  (state) => state === "available");

let copyArn;
report.elasticSnapshotCopy = await timeUntilReady(
  async () => ({ snapshot: { snapshotArn: copyArn } } = await elastic.send(new CopyClusterSnapshotCommand({ snapshotArn: input.elasticSnapshotArn, targetSnapshotName: `time-scale-${Date.now()}` }))),
  () => elastic.send(new GetClusterSnapshotCommand({ snapshotArn: copyArn })),
  (described) => described.snapshot.status,
  (state) => state === "ACTIVE");

console.log(JSON.stringify(report));
