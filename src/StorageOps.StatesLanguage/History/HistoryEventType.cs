namespace StorageOps.StatesLanguage.History;

/// <summary>History event types, named as in the Step Functions GetExecutionHistory API.</summary>
public enum HistoryEventType
{
    ExecutionStarted,
    ExecutionSucceeded,
    ExecutionFailed,
    ExecutionTimedOut,
    ExecutionAborted,
    PassStateEntered,
    PassStateExited,
    TaskStateEntered,
    TaskStateExited,
    TaskScheduled,
    TaskStarted,
    TaskSucceeded,
    TaskFailed,
    TaskTimedOut,
    LambdaFunctionScheduled,
    LambdaFunctionStarted,
    LambdaFunctionSucceeded,
    LambdaFunctionFailed,
    LambdaFunctionTimedOut,
    WaitStateEntered,
    WaitStateExited,
    WaitStateAborted,
    ChoiceStateEntered,
    ChoiceStateExited,
    SucceedStateEntered,
    SucceedStateExited,
    FailStateEntered,
}
