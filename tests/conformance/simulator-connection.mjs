// How the simulator conformance scripts reach the simulator: stdin JSON
//   { "endpoint": "http://127.0.0.1:PORT", "region": "us-east-1", "accessKeyId": "...", "secretAccessKey": "..." }
// with each member falling back to SIMULATOR_ENDPOINT, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY.
export async function readSimulatorInput() {
  if (process.stdin.isTTY) {
    return {};
  }
  let text = "";
  for await (const chunk of process.stdin) {
    text += chunk;
  }
  return text.trim() === "" ? {} : JSON.parse(text);
}

// Client configuration for an official SDK client; one attempt, so every call is exactly one request.
export function simulatorClientConfig(input) {
  const endpoint = input.endpoint ?? process.env.SIMULATOR_ENDPOINT;
  if (!endpoint) {
    console.error("No endpoint: pass {\"endpoint\": ...} on stdin or set SIMULATOR_ENDPOINT.");
    process.exit(2);
  }
  return {
    endpoint,
    region: input.region ?? process.env.AWS_REGION ?? "us-east-1",
    credentials: {
      accessKeyId: input.accessKeyId ?? process.env.AWS_ACCESS_KEY_ID ?? "AKIDSIMULATOR",
      secretAccessKey: input.secretAccessKey ?? process.env.AWS_SECRET_ACCESS_KEY ?? "simulator-secret",
    },
    maxAttempts: 1,
  };
}
