// Drives the StorageOps simulator's Step Functions with the official AWS SDK for JavaScript v3 and prints what the
// SDK saw as JSON. stdin: {"endpoint": "http://127.0.0.1:PORT", "region": "us-east-1"}.
// The script asserts nothing: the C# test that runs it does.
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  paginateListExecutions,
} from "@aws-sdk/client-sfn";
import { readSimulatorInput, simulatorClientConfig } from "./simulator-connection.mjs";

const client = new SFNClient(simulatorClientConfig(await readSimulatorInput()));

async function attempt(action) {
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    return { ok: false, name: error.name, status: error.$metadata?.httpStatusCode, message: error.message };
  }
}

const definition = JSON.stringify({ StartAt: "Done", States: { Done: { Type: "Succeed" } } });
const report = {};
const created = await client.send(new CreateStateMachineCommand({
  name: "conformance",
  definition,
  roleArn: "arn:aws:iam::123456789012:role/states",
}));
report.stateMachineArn = created.stateMachineArn;
report.creationDateIsDate = created.creationDate instanceof Date;

const started = await client.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn, name: "held", input: JSON.stringify({ hold: true }) }));
report.executionArn = started.executionArn;
report.startDateIsDate = started.startDate instanceof Date;
report.sameNameSameInput = (await client.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn, name: "held", input: JSON.stringify({ hold: true }) }))).executionArn;
report.sameNameOtherInput = await attempt(() => client.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn, name: "held", input: "{}" })));
report.runningStatus = (await client.send(new DescribeExecutionCommand({ executionArn: started.executionArn }))).status;

const stopped = await client.send(new StopExecutionCommand({ executionArn: started.executionArn, error: "Operator.Cancelled", cause: "test" }));
report.stopDateIsDate = stopped.stopDate instanceof Date;
const described = await client.send(new DescribeExecutionCommand({ executionArn: started.executionArn }));
report.stoppedExecution = { status: described.status, error: described.error, cause: described.cause, name: described.name, input: described.input };

for (const name of ["a", "b", "c"]) {
  await client.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn, name, input: JSON.stringify({ hold: true }) }));
}
report.pagedNames = [];
for await (const page of paginateListExecutions({ client, pageSize: 2 }, { stateMachineArn: created.stateMachineArn, statusFilter: "RUNNING" })) {
  report.pagedNames.push(page.executions.map((execution) => execution.name));
}
report.abortedCount = (await client.send(new ListExecutionsCommand({ stateMachineArn: created.stateMachineArn, statusFilter: "ABORTED" }))).executions.length;

const history = await client.send(new GetExecutionHistoryCommand({ executionArn: started.executionArn, reverseOrder: true }));
report.lastEventType = history.events[0].type;
report.lastEventTimestampIsDate = history.events[0].timestamp instanceof Date;

report.unknownExecution = await attempt(() => client.send(new DescribeExecutionCommand({ executionArn: "arn:aws:states:us-east-1:123456789012:execution:conformance:nope" })));
report.invalidArn = await attempt(() => client.send(new DescribeExecutionCommand({ executionArn: "nope" })));
report.unknownStateMachine = await attempt(() => client.send(new StartExecutionCommand({ stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:nope" })));
report.invalidName = await attempt(() => client.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn, name: "has space" })));
report.invalidInput = await attempt(() => client.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn, name: "bad-input", input: "{nope" })));

client.destroy();
process.stdout.write(JSON.stringify(report));
