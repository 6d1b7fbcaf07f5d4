using System.Reflection;

namespace StorageOps.Testing;

/// <summary>Absolute paths inside this repository, fixed at build time so tests run from any working directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    public static string Conformance => Path.Combine(Root, "tests", "conformance");

    public static string Combine(params string[] relative) => Path.Combine([Root, .. relative]);
}
