namespace StorageOps.Aws.Protocol.AwsQuery;

/// <summary>Writes one request member as awsQuery form parameters whose names start with <c>prefix</c>.</summary>
internal delegate void QueryValueWriter<in T>(ICollection<KeyValuePair<string, string>> parameters, string prefix, T value);
