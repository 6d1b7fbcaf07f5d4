namespace StorageOps.Local.Cli;

/// <summary>The exit codes of <c>storageops</c>, documented in docs/cli.md; scripts depend on them, so they never change.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary><c>api</c>: AWS answered with an error, our client refused the request before sending it, or the endpoint could not be reached.</summary>
    public const int AwsError = 1;

    /// <summary>The command line is wrong, or names a file it cannot read or a port it cannot bind.</summary>
    public const int Usage = 2;

    /// <summary>An input, template or definition is invalid; it was rejected before anything ran.</summary>
    public const int Validation = 3;

    /// <summary><c>run</c> and <c>demo</c>: the execution ran and did not succeed.</summary>
    public const int WorkflowFailed = 5;

    /// <summary>A bug in storageops (EX_SOFTWARE); <c>--verbose</c> prints its stack trace.</summary>
    public const int Internal = 70;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
