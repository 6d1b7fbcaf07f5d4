namespace StorageOps.Local.Runner;

/// <summary>Finds template.yaml: given explicitly, else in the working directory or a parent, else beside the build output.</summary>
public static class RepositoryLocator
{
    public const string TemplateFileName = "template.yaml";

    public static string FindTemplate(string? explicitPath = null)
    {
        if (explicitPath is not null)
        {
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : throw new FileNotFoundException($"No template at {explicitPath}.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, TemplateFileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"No {TemplateFileName} in {Directory.GetCurrentDirectory()} or its parents; run from the StorageOps repository or pass --template PATH.");
    }
}
