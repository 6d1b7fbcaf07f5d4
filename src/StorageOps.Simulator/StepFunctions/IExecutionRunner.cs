using System.Text.Json.Nodes;

namespace StorageOps.Simulator.StepFunctions;

/// <summary>
/// Runs a state machine's executions for the simulated Step Functions. The local runner supplies one backed by the
/// States Language interpreter, so the simulator itself never knows handlers or the engine.
/// </summary>
public interface IExecutionRunner
{
    /// <param name="recordEvent">Appends one GetExecutionHistory event (<c>{"timestamp","type","id","previousEventId",…Details}</c>).</param>
    /// <param name="cancellationToken">Cancelled by StopExecution.</param>
    Task<ExecutionOutcome> RunAsync(StateMachineRecord stateMachine, ExecutionStart execution, Action<JsonObject> recordEvent, CancellationToken cancellationToken);
}
