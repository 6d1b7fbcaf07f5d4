using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace StorageOps.Local.Cli;

/// <summary>
/// A non-interactive shell starts a background job (<c>storageops simulator &amp;</c>) with SIGINT ignored, and .NET keeps a signal
/// ignored that was ignored when it set up signal handling, so no handler would ever see it. For the simulator command only, an
/// inherited "ignore SIGINT" is turned back into the default before .NET sets up its handlers, so SIGINT stops it however it was started.
/// </summary>
internal static class InheritedSignalDisposition
{
    private const int SigInt = 2;
    private const nint SigDfl = 0;
    private const nint SigIgn = 1;

    // Larger than struct sigaction on every Unix .NET runs on; only its first member, the handler, is read.
    private const int SigactionBufferBytes = 512;

    [ModuleInitializer]
    internal static void RestoreSigIntForTheSimulatorCommand()
    {
        var arguments = Environment.GetCommandLineArgs();
        if ((OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && arguments.Length > 1 && arguments[1] == "simulator" && IsSigIntIgnored())
        {
            _ = Signal(SigInt, SigDfl);
        }
    }

    private static bool IsSigIntIgnored()
    {
        var current = Marshal.AllocHGlobal(SigactionBufferBytes);
        try
        {
            return Sigaction(SigInt, 0, current) == 0 && Marshal.ReadIntPtr(current) == SigIgn;
        }
        finally
        {
            Marshal.FreeHGlobal(current);
        }
    }

    // DllImport rather than LibraryImport: every argument is blittable, and LibraryImport would need unsafe code in this project.
    [DllImport("libc", EntryPoint = "signal")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint Signal(int signalNumber, nint handler);

    [DllImport("libc", EntryPoint = "sigaction")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Sigaction(int signalNumber, nint newAction, nint oldAction);
}
