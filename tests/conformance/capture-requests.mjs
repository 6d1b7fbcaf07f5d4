// Sends operations through the official AWS SDK for JavaScript v3 to an endpoint (a loopback capture server in the
// .NET tests), so the tests can compare what it puts on the wire with what our clients send for the same input.
//
// stdin:  {"service":"efs","region":"us-east-1","endpoint":"http://127.0.0.1:PORT",
//          "calls":[{"operation":"CreateFileSystem","input":{...model member names...}}]}
// stdout: [{"operation":"CreateFileSystem","ok":true|false,"error":"..."}], one entry per call, in order.
// Calls run one after another; the SDK never retries (maxAttempts 1), so each call is exactly one request.
import { readFileSync } from "node:fs";

const clients = {
  efs: async () => {
    const module = await import("@aws-sdk/client-efs");
    return { module, Client: module.EFSClient };
  },
  "docdb-elastic": async () => {
    const module = await import("@aws-sdk/client-docdb-elastic");
    return { module, Client: module.DocDBElasticClient };
  },
  rds: async () => {
    const module = await import("@aws-sdk/client-rds");
    return { module, Client: module.RDSClient };
  },
  sfn: async () => {
    const module = await import("@aws-sdk/client-sfn");
    return { module, Client: module.SFNClient };
  },
};

const spec = JSON.parse(readFileSync(0, "utf8"));
const load = clients[spec.service];
if (!load) {
  throw new Error(`Unknown service '${spec.service}'; expected one of ${Object.keys(clients).join(", ")}.`);
}

const { module, Client } = await load();
const client = new Client({
  region: spec.region,
  endpoint: spec.endpoint,
  maxAttempts: 1,
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
});

const results = [];
for (const call of spec.calls) {
  const Command = module[`${call.operation}Command`];
  if (!Command) {
    throw new Error(`The ${spec.service} client has no ${call.operation}Command.`);
  }

  try {
    await client.send(new Command(call.input ?? {}));
    results.push({ operation: call.operation, ok: true });
  } catch (error) {
    results.push({ operation: call.operation, ok: false, error: `${error.name}: ${error.message}` });
  }
}

client.destroy();
process.stdout.write(JSON.stringify(results));
