namespace StorageOps.Local.Template;

/// <summary>The SAM template cannot be read or wired for a local run; the message says where and why.</summary>
public sealed class TemplateException(string message) : Exception(message);
