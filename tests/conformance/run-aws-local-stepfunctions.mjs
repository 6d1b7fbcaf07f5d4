// Runs state machine definitions through aws-local-stepfunctions, a reference ASL interpreter nobody here wrote.
// stdin: [{"name", "definition", "input", "taskResults": {"<Resource ARN>": result | {"$error": name, "$cause": text}}, "repeat"?}]
// stdout: [{"name", "status": "SUCCEEDED"|"FAILED"|"CRASHED", "output"?, "error"?, "cause"?, "elapsedMs"}]
// Task states are answered from taskResults by their Resource; Wait states and Retry intervals take no time.

// aws-local-stepfunctions 3 uses Promise.withResolvers, which node 20 lacks.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const { StateMachine } = await import('aws-local-stepfunctions');

function collectStates(states, into) {
  for (const [name, state] of Object.entries(states ?? {})) {
    into.push([name, state]);
    for (const branch of state.Branches ?? []) {
      collectStates(branch.States, into);
    }
    const processor = state.ItemProcessor ?? state.Iterator;
    if (processor) {
      collectStates(processor.States, into);
    }
  }
  return into;
}

function overridesFor(definition, taskResults) {
  const taskResourceLocalHandlers = {};
  const waitTimeOverrides = {};
  const retryIntervalOverrides = {};
  for (const [name, state] of collectStates(definition.States, [])) {
    if (state.Type === 'Task') {
      const canned = taskResults?.[state.Resource];
      taskResourceLocalHandlers[name] = async () => {
        if (canned && typeof canned === 'object' && '$error' in canned) {
          const error = new Error(canned.$cause ?? '');
          error.name = canned.$error;
          throw error;
        }
        return structuredClone(canned ?? null);
      };
    }
    if (state.Type === 'Wait') {
      waitTimeOverrides[name] = 0;
    }
    if (state.Retry) {
      retryIntervalOverrides[name] = 0;
    }
  }
  return { taskResourceLocalHandlers, waitTimeOverrides, retryIntervalOverrides };
}

async function runOnce(machine, testCase) {
  const execution = machine.run(testCase.input, { overrides: overridesFor(testCase.definition, testCase.taskResults) });
  try {
    const output = await execution.result;
    return { status: 'SUCCEEDED', output: output === undefined ? null : output };
  } catch (failure) {
    const cause = failure?.cause ?? failure;
    return { status: 'FAILED', error: cause?.name ?? String(cause), cause: cause?.message ?? null };
  }
}

const chunks = [];
for await (const chunk of process.stdin) {
  chunks.push(chunk);
}
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const results = [];
for (const testCase of cases) {
  let started = process.hrtime.bigint();
  let result;
  try {
    const machine = new StateMachine(testCase.definition, { validationOptions: { checkPaths: false, checkArn: false } });
    // Validating the definition is paid once per case, outside the timing, as the .NET side parses once per case.
    started = process.hrtime.bigint();
    const repeat = testCase.repeat ?? 1;
    for (let i = 0; i < repeat; i++) {
      result = await runOnce(machine, testCase);
    }
  } catch (crash) {
    result = { status: 'CRASHED', error: crash?.name ?? 'Error', cause: crash?.message ?? String(crash) };
  }
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  results.push({ name: testCase.name, ...result, elapsedMs });
}
process.stdout.write(JSON.stringify(results));
