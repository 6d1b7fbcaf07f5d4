namespace StorageOps.Local.Template;

/// <summary>A CloudFormation intrinsic function call such as <c>Fn::GetAtt</c> with its argument.</summary>
public sealed record Intrinsic(string Function, object? Argument);
