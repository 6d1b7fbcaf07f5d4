// Drives the StorageOps simulator's DocumentDB Elastic (restJson1) with the official AWS SDK for JavaScript v3 and prints
// what the SDK saw as JSON.
// Input (stdin JSON, each member falling back to the environment):
//   { "endpoint": "http://127.0.0.1:PORT", "region": "us-east-1", "accessKeyId": "...", "secretAccessKey": "..." }
//   env: SIMULATOR_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY
// Expects the simulator's default DocumentDB Elastic fleet and copies that become ACTIVE on their second describe.
// The script asserts nothing: the C# test that runs it does. It exits non-zero only when it cannot run at all.
import {
  CopyClusterSnapshotCommand,
  DeleteClusterSnapshotCommand,
  DocDBElasticClient,
  GetClusterCommand,
  GetClusterSnapshotCommand,
  ListClusterSnapshotsCommand,
  ListTagsForResourceCommand,
  paginateListClusters,
  paginateListClusterSnapshots,
  TagResourceCommand,
  UntagResourceCommand,
} from "@aws-sdk/client-docdb-elastic";
import { readSimulatorInput, simulatorClientConfig } from "./simulator-connection.mjs";

const input = await readSimulatorInput();
const client = new DocDBElasticClient(simulatorClientConfig(input));

async function captureError(action) {
  try {
    await action();
    return { thrown: false };
  } catch (error) {
    return {
      thrown: true,
      name: error.name,
      message: error.message,
      reason: error.reason,
      fieldList: error.fieldList,
      resourceId: error.resourceId,
      resourceType: error.resourceType,
      httpStatusCode: error.$metadata?.httpStatusCode,
      fault: error.$fault,
    };
  }
}

const report = {};

const clusterPages = [];
for await (const page of paginateListClusters({ client, pageSize: 1 }, {})) {
  clusterPages.push(page.clusters.map((cluster) => ({ ...cluster })));
}
report.clusterPages = clusterPages;
const clusterByName = Object.fromEntries(clusterPages.flat().map((cluster) => [cluster.clusterName, cluster.clusterArn]));

const catalog = await client.send(new GetClusterCommand({ clusterArn: clusterByName["catalog-docdb"] }));
report.catalog = catalog.cluster;
report.unknownCluster = await captureError(() => client.send(new GetClusterCommand({
  clusterArn: clusterByName["catalog-docdb"].replace(/[0-9a-f]{32}$/, "0".repeat(32)) })));

const automated = await client.send(new ListClusterSnapshotsCommand({ clusterArn: clusterByName["catalog-docdb"], snapshotType: "automated" }));
report.automated = automated.snapshots;
const latestAutomated = automated.snapshots.at(-1);
report.latestAutomated = (await client.send(new GetClusterSnapshotCommand({ snapshotArn: latestAutomated.snapshotArn }))).snapshot;

const copied = await client.send(new CopyClusterSnapshotCommand({
  snapshotArn: latestAutomated.snapshotArn,
  targetSnapshotName: "conformance-nightly-copy",
  copyTags: true,
  tags: { "storageops:owner": "conformance" },
}));
report.copy = { httpStatusCode: copied.$metadata.httpStatusCode, snapshot: copied.snapshot };
const copyStates = [];
for (let describe = 0; describe < 2; describe++) {
  copyStates.push((await client.send(new GetClusterSnapshotCommand({ snapshotArn: copied.snapshot.snapshotArn }))).snapshot.status);
}
report.copyStates = copyStates;

const copyTo = (targetSnapshotName, extra = {}) => () => client.send(new CopyClusterSnapshotCommand({
  snapshotArn: latestAutomated.snapshotArn, targetSnapshotName, ...extra }));
report.nameTaken = await captureError(copyTo("conformance-nightly-copy"));
report.nameTakenOtherCase = await captureError(copyTo("Conformance-Nightly-Copy"));
report.badNames = {};
for (const name of ["1starts-with-digit", "ends-with-hyphen-", "double--hyphen", "under_score", "x".repeat(64)]) {
  report.badNames[name] = await captureError(copyTo(name));
}

const sessionsAutomated = await client.send(new ListClusterSnapshotsCommand({ clusterArn: clusterByName["sessions-docdb"], snapshotType: "automated" }));
report.kmsOnAwsOwnedKey = await captureError(() => client.send(new CopyClusterSnapshotCommand({
  snapshotArn: sessionsAutomated.snapshots[0].snapshotArn, targetSnapshotName: "conformance-kms", kmsKeyId: "alias/storageops" })));
report.sourceNotFound = await captureError(() => client.send(new CopyClusterSnapshotCommand({
  snapshotArn: latestAutomated.snapshotArn.replace(/[0-9a-f]{32}$/, "0".repeat(32)), targetSnapshotName: "conformance-missing" })));

const copyArn = copied.snapshot.snapshotArn;
const tagsAfterCopy = (await client.send(new ListTagsForResourceCommand({ resourceArn: copyArn }))).tags;
await client.send(new TagResourceCommand({ resourceArn: copyArn, tags: { retention: "7" } }));
const tagsAfterTag = (await client.send(new ListTagsForResourceCommand({ resourceArn: copyArn }))).tags;
await client.send(new UntagResourceCommand({ resourceArn: copyArn, tagKeys: ["retention", "team"] }));
const tagsAfterUntag = (await client.send(new ListTagsForResourceCommand({ resourceArn: copyArn }))).tags;
const clusterTags = (await client.send(new ListTagsForResourceCommand({ resourceArn: clusterByName["catalog-docdb"] }))).tags;
report.tags = { afterCopy: tagsAfterCopy, afterTag: tagsAfterTag, afterUntag: tagsAfterUntag, cluster: clusterTags };

const pagedArns = [];
for (let index = 0; index < 25; index++) {
  const page = await client.send(new CopyClusterSnapshotCommand({ snapshotArn: latestAutomated.snapshotArn, targetSnapshotName: `conformance-page-${index}` }));
  pagedArns.push(page.snapshot.snapshotArn);
}
const pages = [];
for await (const page of paginateListClusterSnapshots({ client, pageSize: 20 }, {})) {
  pages.push({ arns: page.snapshots.map((snapshot) => snapshot.snapshotArn), hasNextToken: page.nextToken !== undefined });
}
report.paginated = { createdArns: pagedArns, pages };
report.manualCount = (await client.send(new ListClusterSnapshotsCommand({ snapshotType: "manual" }))).snapshots.length;
report.maxResultsTooSmall = await captureError(() => client.send(new ListClusterSnapshotsCommand({ maxResults: 5 })));
report.badSnapshotType = await captureError(() => client.send(new ListClusterSnapshotsCommand({ snapshotType: "weekly" })));

const pending = await client.send(new CopyClusterSnapshotCommand({ snapshotArn: latestAutomated.snapshotArn, targetSnapshotName: "conformance-pending" }));
report.deleteCreating = await captureError(() => client.send(new DeleteClusterSnapshotCommand({ snapshotArn: pending.snapshot.snapshotArn })));
report.deleteAutomated = await captureError(() => client.send(new DeleteClusterSnapshotCommand({ snapshotArn: latestAutomated.snapshotArn })));
report.delete = (await client.send(new DeleteClusterSnapshotCommand({ snapshotArn: copyArn }))).snapshot;
report.getDeleted = await captureError(() => client.send(new GetClusterSnapshotCommand({ snapshotArn: copyArn })));

console.log(JSON.stringify(report, null, 2));
