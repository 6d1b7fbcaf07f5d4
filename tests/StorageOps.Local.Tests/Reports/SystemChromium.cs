namespace StorageOps.Local.Tests.Reports;

/// <summary>
/// Debian's <c>chromium</c> package, found on PATH: the browser the report tests drive. There is no download and no
/// skip: without it the tests fail, naming the package to install (.ci/run installs it).
/// </summary>
internal static class SystemChromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    public static string ExecutablePath()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var directory in directories)
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        Assert.Fail("Chromium is not on PATH: the report's browser test needs Debian's chromium package (apt-get install -y chromium; .ci/run installs it).");
        return "";
    }
}
