// Drives the StorageOps simulator's RDS (awsQuery) with the official AWS SDK for JavaScript v3 and prints what the SDK saw as JSON.
// Input (stdin JSON, each member falling back to the environment):
//   { "endpoint": "http://127.0.0.1:PORT", "region": "us-east-1", "accessKeyId": "...", "secretAccessKey": "..." }
//   env: SIMULATOR_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY
// Expects the simulator's default RDS fleet and snapshots that become available on their third describe.
// The script asserts nothing: the C# test that runs it does. It exits non-zero only when it cannot run at all.
import {
  AddTagsToResourceCommand,
  CopyDBClusterSnapshotCommand,
  CreateDBClusterSnapshotCommand,
  DeleteDBClusterSnapshotCommand,
  DescribeDBClustersCommand,
  DescribeDBClusterSnapshotsCommand,
  ListTagsForResourceCommand,
  paginateDescribeDBClusterSnapshots,
  RDSClient,
  RemoveTagsFromResourceCommand,
} from "@aws-sdk/client-rds";
import { readSimulatorInput, simulatorClientConfig } from "./simulator-connection.mjs";

const input = await readSimulatorInput();
const client = new RDSClient(simulatorClientConfig(input));

const iso = (value) => (value instanceof Date ? value.toISOString() : value);

const describeSnapshot = (snapshot) => ({
  ...snapshot,
  SnapshotCreateTime: iso(snapshot.SnapshotCreateTime),
  ClusterCreateTime: iso(snapshot.ClusterCreateTime),
});

async function captureError(action) {
  try {
    await action();
    return { thrown: false };
  } catch (error) {
    return {
      thrown: true,
      name: error.name,
      code: error.Code,
      message: error.message,
      httpStatusCode: error.$metadata?.httpStatusCode,
      requestId: error.$metadata?.requestId,
      fault: error.$fault,
    };
  }
}

const report = {};

const clusters = await client.send(new DescribeDBClustersCommand({}));
report.clusters = clusters.DBClusters.map((cluster) => ({
  DBClusterIdentifier: cluster.DBClusterIdentifier,
  DBClusterArn: cluster.DBClusterArn,
  Engine: cluster.Engine,
  Status: cluster.Status,
  Port: cluster.Port,
  StorageEncrypted: cluster.StorageEncrypted,
  ClusterCreateTime: iso(cluster.ClusterCreateTime),
  AvailabilityZones: cluster.AvailabilityZones,
  TagList: cluster.TagList,
}));
const postgres = await client.send(new DescribeDBClustersCommand({ Filters: [{ Name: "engine", Values: ["aurora-postgresql"] }] }));
report.postgresClusterIds = postgres.DBClusters.map((cluster) => cluster.DBClusterIdentifier);
report.unknownCluster = await captureError(() =>
  client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: "no-such-cluster" })));

const created = await client.send(new CreateDBClusterSnapshotCommand({
  DBClusterIdentifier: "orders-aurora-pg",
  DBClusterSnapshotIdentifier: "conformance-nightly",
  Tags: [{ Key: "storageops:owner", Value: "conformance" }],
}));
report.create = { httpStatusCode: created.$metadata.httpStatusCode, requestId: created.$metadata.requestId, snapshot: describeSnapshot(created.DBClusterSnapshot) };

const progress = [];
for (let describe = 0; describe < 3; describe++) {
  const described = await client.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "conformance-nightly" }));
  const snapshot = described.DBClusterSnapshots[0];
  progress.push({ Status: snapshot.Status, PercentProgress: snapshot.PercentProgress });
}
report.progress = progress;

report.duplicate = await captureError(() => client.send(new CreateDBClusterSnapshotCommand({
  DBClusterIdentifier: "orders-aurora-pg", DBClusterSnapshotIdentifier: "conformance-nightly" })));
report.clusterNotFound = await captureError(() => client.send(new CreateDBClusterSnapshotCommand({
  DBClusterIdentifier: "no-such-cluster", DBClusterSnapshotIdentifier: "conformance-orphan" })));
report.clusterStopped = await captureError(() => client.send(new CreateDBClusterSnapshotCommand({
  DBClusterIdentifier: "legacy-reports-mysql", DBClusterSnapshotIdentifier: "conformance-stopped" })));
report.invalidIdentifier = await captureError(() => client.send(new CreateDBClusterSnapshotCommand({
  DBClusterIdentifier: "orders-aurora-pg", DBClusterSnapshotIdentifier: "1-bad--name-" })));

await client.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: "orders-aurora-pg", DBClusterSnapshotIdentifier: "conformance-pending" }));
report.deleteCreating = await captureError(() =>
  client.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "conformance-pending" })));

const automated = await client.send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: "orders-aurora-pg", SnapshotType: "automated" }));
report.automated = automated.DBClusterSnapshots.map((snapshot) => ({
  DBClusterSnapshotIdentifier: snapshot.DBClusterSnapshotIdentifier,
  SnapshotType: snapshot.SnapshotType,
  Status: snapshot.Status,
}));
const newestAutomated = automated.DBClusterSnapshots.at(-1);
report.deleteAutomated = await captureError(() =>
  client.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: newestAutomated.DBClusterSnapshotIdentifier })));
report.snapshotNotFound = await captureError(() =>
  client.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "no-such-snapshot" })));

const manualByFilter = await client.send(new DescribeDBClusterSnapshotsCommand({
  Filters: [{ Name: "db-cluster-id", Values: ["orders-aurora-pg"] }, { Name: "snapshot-type", Values: ["manual"] }],
}));
report.manualByFilter = manualByFilter.DBClusterSnapshots.map((snapshot) => snapshot.DBClusterSnapshotIdentifier);

const copied = await client.send(new CopyDBClusterSnapshotCommand({
  SourceDBClusterSnapshotIdentifier: newestAutomated.DBClusterSnapshotArn,
  TargetDBClusterSnapshotIdentifier: "conformance-copy",
  CopyTags: true,
  Tags: [{ Key: "copied-by", Value: "conformance" }],
}));
report.copy = { snapshot: describeSnapshot(copied.DBClusterSnapshot), sourceArn: newestAutomated.DBClusterSnapshotArn };
report.copyFromCreating = await captureError(() => client.send(new CopyDBClusterSnapshotCommand({
  SourceDBClusterSnapshotIdentifier: "conformance-pending", TargetDBClusterSnapshotIdentifier: "conformance-copy-2" })));
report.copyMissing = await captureError(() => client.send(new CopyDBClusterSnapshotCommand({
  SourceDBClusterSnapshotIdentifier: "no-such-snapshot", TargetDBClusterSnapshotIdentifier: "conformance-copy-3" })));

const snapshotArn = created.DBClusterSnapshot.DBClusterSnapshotArn;
await client.send(new AddTagsToResourceCommand({ ResourceName: snapshotArn, Tags: [{ Key: "retention", Value: "7" }, { Key: "storageops:owner", Value: "renamed" }] }));
const tagged = await client.send(new ListTagsForResourceCommand({ ResourceName: snapshotArn }));
await client.send(new RemoveTagsFromResourceCommand({ ResourceName: snapshotArn, TagKeys: ["retention"] }));
const untagged = await client.send(new ListTagsForResourceCommand({ ResourceName: snapshotArn }));
const clusterTags = await client.send(new ListTagsForResourceCommand({ ResourceName: report.clusters[0].DBClusterArn }));
report.tags = { afterAdd: tagged.TagList, afterRemove: untagged.TagList, cluster: clusterTags.TagList };
report.tagsOfMissing = await captureError(() => client.send(new ListTagsForResourceCommand({
  ResourceName: snapshotArn.replace("conformance-nightly", "no-such-snapshot") })));

const pagedIds = [];
for (let index = 0; index < 25; index++) {
  const page = await client.send(new CreateDBClusterSnapshotCommand({
    DBClusterIdentifier: "billing-aurora-mysql", DBClusterSnapshotIdentifier: `conformance-page-${index}` }));
  pagedIds.push(page.DBClusterSnapshot.DBClusterSnapshotIdentifier);
}
const pages = [];
for await (const page of paginateDescribeDBClusterSnapshots(
  { client, pageSize: 20 },
  { Filters: [{ Name: "db-cluster-id", Values: ["billing-aurora-mysql"] }] })) {
  pages.push({ ids: page.DBClusterSnapshots.map((snapshot) => snapshot.DBClusterSnapshotIdentifier), hasMarker: page.Marker !== undefined });
}
report.paginated = { createdIds: pagedIds, pages };
report.maxRecordsTooSmall = await captureError(() => client.send(new DescribeDBClusterSnapshotsCommand({ MaxRecords: 5 })));

const manualCount = (await client.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: "manual" }))).DBClusterSnapshots.length;
let quotaCreated = 0;
let quotaError = { thrown: false };
for (let index = 0; index < 101 && !quotaError.thrown; index++) {
  quotaError = await captureError(() => client.send(new CreateDBClusterSnapshotCommand({
    DBClusterIdentifier: "analytics-scratch-pg", DBClusterSnapshotIdentifier: `conformance-quota-${index}` })));
  if (!quotaError.thrown) {
    quotaCreated++;
  }
}
report.quota = { manualBefore: manualCount, created: quotaCreated, error: quotaError };

const deleted = await client.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: "conformance-nightly" }));
report.delete = { Status: deleted.DBClusterSnapshot.Status, DBClusterSnapshotIdentifier: deleted.DBClusterSnapshot.DBClusterSnapshotIdentifier };
report.describeDeleted = await captureError(() =>
  client.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: "conformance-nightly" })));

console.log(JSON.stringify(report, null, 2));
