// Drives the StorageOps simulator's EFS with the official AWS SDK for JavaScript v3 and prints what the SDK saw as JSON.
// Input (stdin JSON, each member falling back to the environment):
//   { "endpoint": "http://127.0.0.1:PORT", "region": "us-east-1", "accessKeyId": "...", "secretAccessKey": "..." }
//   env: SIMULATOR_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY
// The script asserts nothing: the C# test that runs it does. It exits non-zero only when it cannot run at all.
import {
  CreateFileSystemCommand,
  DescribeFileSystemsCommand,
  EFSClient,
  paginateDescribeFileSystems,
} from "@aws-sdk/client-efs";
import { readSimulatorInput, simulatorClientConfig } from "./simulator-connection.mjs";

const input = await readSimulatorInput();
const client = new EFSClient(simulatorClientConfig(input));

const describeFileSystem = (fileSystem) => ({
  OwnerId: fileSystem.OwnerId,
  CreationToken: fileSystem.CreationToken,
  FileSystemId: fileSystem.FileSystemId,
  FileSystemArn: fileSystem.FileSystemArn,
  CreationTime: fileSystem.CreationTime instanceof Date ? fileSystem.CreationTime.toISOString() : String(fileSystem.CreationTime),
  LifeCycleState: fileSystem.LifeCycleState,
  Name: fileSystem.Name,
  NumberOfMountTargets: fileSystem.NumberOfMountTargets,
  SizeInBytes: fileSystem.SizeInBytes,
  PerformanceMode: fileSystem.PerformanceMode,
  Encrypted: fileSystem.Encrypted,
  KmsKeyId: fileSystem.KmsKeyId,
  ThroughputMode: fileSystem.ThroughputMode,
  Tags: fileSystem.Tags,
  FileSystemProtection: fileSystem.FileSystemProtection,
});

async function captureError(action) {
  try {
    await action();
    return { thrown: false };
  } catch (error) {
    return {
      thrown: true,
      name: error.name,
      message: error.message,
      fileSystemId: error.FileSystemId,
      errorCode: error.ErrorCode,
      httpStatusCode: error.$metadata?.httpStatusCode,
      fault: error.$fault,
    };
  }
}

const report = {};

const created = await client.send(new CreateFileSystemCommand({
  CreationToken: "conformance-main",
  PerformanceMode: "generalPurpose",
  Encrypted: true,
  ThroughputMode: "elastic",
  Backup: false,
  Tags: [{ Key: "Name", Value: "conformance" }, { Key: "suite", Value: "simulator-efs" }],
}));
report.create = { httpStatusCode: created.$metadata.httpStatusCode, fileSystem: describeFileSystem(created) };

const byIdStates = [];
for (let describe = 0; describe < 2; describe++) {
  const described = await client.send(new DescribeFileSystemsCommand({ FileSystemId: created.FileSystemId }));
  byIdStates.push(described.FileSystems.map((fileSystem) => fileSystem.LifeCycleState));
}
report.describeById = { states: byIdStates };

const byToken = await client.send(new DescribeFileSystemsCommand({ CreationToken: "conformance-main" }));
report.describeByToken = { fileSystemIds: byToken.FileSystems.map((fileSystem) => fileSystem.FileSystemId) };

const unknownToken = await client.send(new DescribeFileSystemsCommand({ CreationToken: "conformance-never-created" }));
report.describeByUnknownToken = { count: unknownToken.FileSystems.length };

const pagedIds = [created.FileSystemId];
for (let index = 0; index < 4; index++) {
  const extra = await client.send(new CreateFileSystemCommand({ CreationToken: `conformance-page-${index}` }));
  pagedIds.push(extra.FileSystemId);
}
const pages = [];
for await (const page of paginateDescribeFileSystems({ client, pageSize: 2 }, {})) {
  pages.push({
    fileSystemIds: page.FileSystems.map((fileSystem) => fileSystem.FileSystemId),
    hasMarker: page.Marker !== undefined,
    hasNextMarker: page.NextMarker !== undefined,
  });
}
report.paginated = { createdIds: pagedIds, pages };

report.duplicateToken = await captureError(() =>
  client.send(new CreateFileSystemCommand({ CreationToken: "conformance-main" })));

report.unknownFileSystem = await captureError(() =>
  client.send(new DescribeFileSystemsCommand({ FileSystemId: "fs-0123456789abcdef0" })));

report.provisionedWithoutThroughput = await captureError(() =>
  client.send(new CreateFileSystemCommand({ CreationToken: "conformance-bad", ThroughputMode: "provisioned" })));

console.log(JSON.stringify(report, null, 2));
