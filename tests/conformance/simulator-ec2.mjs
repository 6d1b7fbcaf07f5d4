// Drives the StorageOps simulator's EC2 (query protocol) with the official AWS SDK for JavaScript v3 and prints what the SDK saw as JSON.
// Input (stdin JSON, each member falling back to the environment):
//   { "endpoint": "http://127.0.0.1:PORT", "region": "us-east-1", "accessKeyId": "...", "secretAccessKey": "...",
//     "vpcId": "vpc-...", "subnetIds": ["subnet-...", ...], "groupId": "sg-...", "networkInterfaceId": "eni-..." }
//   env: SIMULATOR_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY
// The ids name a seeded VPC, its subnets and security group, and the network interface of a mount target created in it.
// The script asserts nothing: the C# test that runs it does. It exits non-zero only when it cannot run at all.
import {
  DescribeAvailabilityZonesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  EC2Client,
  paginateDescribeSubnets,
} from "@aws-sdk/client-ec2";
import { readSimulatorInput, simulatorClientConfig } from "./simulator-connection.mjs";

const input = await readSimulatorInput();
const client = new EC2Client(simulatorClientConfig(input));

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

const all = await client.send(new DescribeSubnetsCommand({}));
report.allSubnets = all.Subnets;
report.allSubnetsRequestId = all.$metadata.requestId;

const byIds = await client.send(new DescribeSubnetsCommand({ SubnetIds: input.subnetIds }));
report.subnetsById = byIds.Subnets;

const byFilter = await client.send(
  new DescribeSubnetsCommand({ Filters: [{ Name: "vpc-id", Values: [input.vpcId] }, { Name: "availability-zone", Values: ["*b"] }] }),
);
report.subnetsByFilter = byFilter.Subnets.map((subnet) => subnet.SubnetId);

report.pages = [];
for await (const page of paginateDescribeSubnets({ client, pageSize: 5 }, {})) {
  report.pages.push({ count: page.Subnets.length, hasNextToken: page.NextToken !== undefined });
}

report.unknownSubnet = await captureError(() => client.send(new DescribeSubnetsCommand({ SubnetIds: ["subnet-00000000000000000"] })));
report.malformedSubnet = await captureError(() => client.send(new DescribeSubnetsCommand({ SubnetIds: ["analytics"] })));
report.unknownFilter = await captureError(() => client.send(new DescribeSubnetsCommand({ Filters: [{ Name: "colour", Values: ["blue"] }] })));

const groups = await client.send(new DescribeSecurityGroupsCommand({ GroupIds: [input.groupId] }));
report.securityGroups = groups.SecurityGroups;
const vpcGroups = await client.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: "vpc-id", Values: [input.vpcId] }] }));
report.vpcGroupNames = vpcGroups.SecurityGroups.map((group) => group.GroupName);
report.unknownGroup = await captureError(() => client.send(new DescribeSecurityGroupsCommand({ GroupIds: ["sg-00000000000000000"] })));

const interfaces = await client.send(
  new DescribeNetworkInterfacesCommand({ Filters: [{ Name: "subnet-id", Values: input.subnetIds }] }),
);
report.networkInterfaces = interfaces.NetworkInterfaces;
const one = await client.send(new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: [input.networkInterfaceId] }));
report.networkInterfaceById = one.NetworkInterfaces.map((eni) => eni.NetworkInterfaceId);
report.unknownNetworkInterface = await captureError(() =>
  client.send(new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: ["eni-00000000000000000"] })),
);

const vpcs = await client.send(new DescribeVpcsCommand({ VpcIds: [input.vpcId] }));
report.vpcs = vpcs.Vpcs;
const zones = await client.send(new DescribeAvailabilityZonesCommand({}));
report.availabilityZones = zones.AvailabilityZones;

report.dryRun = await captureError(() => client.send(new DescribeSubnetsCommand({ DryRun: true })));

process.stdout.write(JSON.stringify(report));
